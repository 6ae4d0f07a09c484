package jpa.everything;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/**
 * A garage's workshop: unidirectional one-to-many relations with join columns inside an
 * embeddable, whose columns go on the target's table.
 */
@Embeddable
public class Workshop {
  @Column(length = 40) private String foreman;
  @OneToMany @JoinColumn(name = "workshop_garage", foreignKey = @ForeignKey(name = "fk_tool_workshop"))
  private Set<Tool> tools;
  @OneToMany @JoinColumn @OrderColumn private List<Tool> spares;
}
