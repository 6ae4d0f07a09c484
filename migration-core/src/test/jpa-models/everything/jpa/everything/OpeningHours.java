package jpa.everything;

import jakarta.persistence.*;

@Embeddable
public class OpeningHours {
  @Column(nullable = false) private java.time.DayOfWeek day;
  @Column(nullable = false) private java.time.LocalTime opens;
  @Column(nullable = false) private java.time.LocalTime closes;
}
