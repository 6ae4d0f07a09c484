package jpa.everything;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/**
 * A board of tools and spare parts: its one-to-many join columns go on the target's table, renamed
 * where it is embedded again; the list's order column is one, shared, as Hibernate shares it.
 */
@Embeddable
public class ToolBoard {
  @Column(length = 20) private String label;
  @OneToMany @JoinColumn(name = "board") private Set<Tool> hung;
  @OneToMany @JoinColumn(name = "spare_board") @OrderColumn(name = "spare_pos") private List<Part> spares;
}
