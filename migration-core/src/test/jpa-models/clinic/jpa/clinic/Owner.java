package jpa.clinic;

import jakarta.persistence.*;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@PrimaryKeyJoinColumn(name = "person_id")
@OnDelete(action = OnDeleteAction.CASCADE)
public class Owner extends Person {
  private String address;
  @Column(length = 20) private String telephone;
  @OneToMany(mappedBy = "owner") private List<Pet> pets;
}
