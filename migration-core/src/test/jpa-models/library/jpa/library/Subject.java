package jpa.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

/** A reference list no one edits from the application. */
@Entity
@Immutable
@Synchronize("subject")
@NamedNativeQuery(name = "Subject.all", query = "select * from subject", resultClass = Subject.class)
public class Subject {
  @Id
  private String code;

  private String label;
}
