package jpa.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;

@Entity
@Table(indexes = {@Index(columnList = "publishedAt"), @Index(name = "post_slug_unique", columnList = "slug", unique = true)})
public class Post {
  public enum Visibility { DRAFT, PUBLIC, PRIVATE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  private Author author;

  @ManyToOne
  private Category category;

  @ManyToOne
  private Author editor;

  @Column(name = "headline", nullable = false, length = 200)
  @io.tracetrack.migrations.entity.Column(renamedFrom = "title")
  private String title;

  @Column(nullable = false, length = 120)
  private String slug;

  @Column(columnDefinition = "text")
  private String body;

  @Enumerated
  private Visibility visibility;

  private LocalDateTime publishedAt;

  private long viewCount;

  @ManyToMany
  private java.util.Set<Tag> tags;

  @ManyToMany
  private java.util.Set<Post> relatedPosts;

  @OneToMany(mappedBy = "post")
  @OrderBy("createdAt")
  private List<Comment> comments;
}
