package jpa.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

@Entity
public class Tag {
  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String label;

  @ManyToMany(mappedBy = "tags")
  private java.util.Set<Post> posts;
}
