package jpa.everything;

import jakarta.persistence.*;

@Entity
public class MechanicProfile {
  @Id private Integer id;
  @MapsId @OneToOne private Mechanic mechanic;
  @Column(length = 500) private String bio;
}
