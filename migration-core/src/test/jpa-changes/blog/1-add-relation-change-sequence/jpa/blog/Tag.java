package jpa.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Tag {
  @Id
  @GeneratedValue(generator = "tag_ids")
  @SequenceGenerator(name = "tag_ids", sequenceName = "tag_seq", allocationSize = 5)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String label;

  @ManyToMany(mappedBy = "tags")
  private java.util.Set<Post> posts;
}
