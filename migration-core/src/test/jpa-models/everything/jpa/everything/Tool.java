package jpa.everything;

import jakarta.persistence.*;

/** The target of a workshop's one-to-many relations, which add their join columns here. */
@Entity
public class Tool {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false, length = 60) private String label;
  @ManyToOne private Part part;
}
