package jpa.everything;

import jakarta.persistence.*;

@Entity
@IdClass(BookingKey.class)
public class Booking {
  @Id @ManyToOne private Garage garage;
  @Id private int slot;
  private java.time.LocalDateTime startsAt;
}
