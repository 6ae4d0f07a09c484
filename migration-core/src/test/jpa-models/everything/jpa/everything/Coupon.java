package jpa.everything;

import jakarta.persistence.*;

/** Ids from a generator table of its own. */
@Entity
public class Coupon {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "coupons")
  @TableGenerator(name = "coupons", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_block",
      allocationSize = 20)
  private Long id;
  @Column(nullable = false, length = 12) private String code;
}
