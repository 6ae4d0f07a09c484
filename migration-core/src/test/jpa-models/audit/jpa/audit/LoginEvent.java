package jpa.audit;

import jakarta.persistence.*;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Formula;

@Entity
@Check(constraints = "attempts <= 10 OR NOT success")
public class LoginEvent extends AuditEvent {
  @Column(nullable = false, length = 60) private String username;
  private boolean success;
  @Check(constraints = "attempts >= 0") private int attempts;
  @Formula("case when success then 1 else 0 end") private int successFlag;
}
