package jpa.everything;

import jakarta.persistence.*;

@Entity
public class Brand {
  @Id @Column(length = 30) private String code;
  private String name;
}
