package jpa.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;
import org.hibernate.type.YesNoConverter;

/** A hold on a book: active until fulfilled, as the old system flagged it. */
@Entity
@SoftDelete(strategy = SoftDeleteType.ACTIVE, columnName = "stillActive", converter = YesNoConverter.class)
public class Hold {
  @Id
  private Long id;

  private String member;
}
