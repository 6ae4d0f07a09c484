package jpa.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Entity
public class Author {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @Column(nullable = false, unique = true, length = 50)
  private String userName;

  private String displayName;

  @Column(nullable = false)
  private UUID publicId;

  private OffsetDateTime joinedAt;

  @ManyToOne
  @JoinColumn(name = "mentorId", unique = true)
  private Author mentor;

  @OneToMany(mappedBy = "author")
  private List<Post> posts;

  @OneToOne(mappedBy = "author")
  private AuthorProfile profile;

  @ManyToMany
  private java.util.Set<Tag> followedTags;
}
