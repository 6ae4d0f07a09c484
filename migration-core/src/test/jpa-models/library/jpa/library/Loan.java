package jpa.library;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import java.time.LocalDate;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.OptimisticLocking;
import org.hibernate.annotations.OptimisticLockType;
import java.time.Instant;
import org.hibernate.type.NumericBooleanConverter;
import org.hibernate.type.TrueFalseConverter;
import org.hibernate.type.YesNoConverter;

@Entity
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@org.hibernate.annotations.DynamicUpdate
public class Loan {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Book book;

  @ManyToOne
  @org.hibernate.annotations.NotFound(action = org.hibernate.annotations.NotFoundAction.IGNORE)
  private Book previous;

  private String member;

  @CurrentTimestamp
  private Instant lentAt;

  private LocalDate due;

  /** Legacy flags, stored as the library's old system stored them. */
  @Convert(converter = YesNoConverter.class)
  private Boolean renewable;

  @Convert(converter = TrueFalseConverter.class)
  private boolean reserved;

  @Convert(converter = NumericBooleanConverter.class)
  private Boolean lost;

  private char grade;

  @Column(nullable = false)
  private Character shelf;

  @PrePersist
  void defaultDue() {
    if (due == null) {
      due = LocalDate.now().plusWeeks(3);
    }
  }
}
