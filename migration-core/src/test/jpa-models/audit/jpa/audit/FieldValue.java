package jpa.audit;

import jakarta.persistence.*;

@Embeddable
public class FieldValue {
  @Column(length = 100) private String field;
  @Column(name = "field_value") private String value;
}
