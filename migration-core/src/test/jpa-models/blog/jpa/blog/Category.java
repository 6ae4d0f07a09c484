package jpa.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Category extends Sortable<Integer> {
  @Column(nullable = false, unique = true, length = 60)
  private String name;

  private java.sql.Timestamp archivedAt;
}
