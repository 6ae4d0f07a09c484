package jpa.audit;

import jakarta.persistence.*;
import java.time.Duration;

@Entity
@org.hibernate.annotations.Check(name = "positive_days", constraints = "days > 0")
public class Retention {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  private int days;
  @Column(name = "retry_count") private int retries;
  @org.hibernate.annotations.ColumnDefault("0") private int hits;
  @Column(nullable = false, length = 40) private String category;
}
