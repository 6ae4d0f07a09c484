package jpa.everything;

import jakarta.persistence.*;

/**
 * One embeddable embedded three times: its one-to-many's join column on the tool's table is renamed
 * by an override on the embedding field, and by one on the class by path.
 */
@Entity
@AttributeOverride(name = "back.label", column = @Column(name = "back_label", length = 20))
@AssociationOverride(name = "back.hung", joinColumns = @JoinColumn(name = "back_board"))
@AssociationOverride(name = "back.spares", joinColumns = @JoinColumn(name = "back_spares"))
public class Shed {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Embedded private ToolBoard front;
  @Embedded @AttributeOverride(name = "label", column = @Column(name = "side_label", length = 20))
  @AssociationOverride(name = "hung", joinColumns = @JoinColumn(name = "side_board", nullable = false))
  @AssociationOverride(name = "spares", joinColumns = @JoinColumn(name = "side_spares"))
  private ToolBoard side;
  @Embedded private ToolBoard back;
}
