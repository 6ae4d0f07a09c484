package jpa.everything;

import jakarta.persistence.*;
import java.io.Serializable;

/** An order line's key: its order and its number within it. */
@Embeddable
public class LineId implements Serializable {
  @Column(name = "order_id") private Long orderId;
  @Column(name = "line_no") private int lineNo;
  @Override public boolean equals(Object o) { return o instanceof LineId l && java.util.Objects.equals(orderId, l.orderId) && lineNo == l.lineNo; }
  @Override public int hashCode() { return java.util.Objects.hash(orderId, lineNo); }
}
