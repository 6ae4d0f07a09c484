package io.tracetrack.examples.jpa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Hours planned and spent, embedded in a task's row. */
@Embeddable
public class Effort {
  @Column(precision = 6, scale = 2)
  private BigDecimal estimatedHours;

  @Column(precision = 6, scale = 2)
  private BigDecimal spentHours;
}
