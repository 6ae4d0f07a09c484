package jpa.signup;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Year;

/** Applies itself to Year attributes and collection elements: an integer column. */
@Converter(autoApply = true)
public class YearConverter implements AttributeConverter<Year, Integer> {
  @Override
  public Integer convertToDatabaseColumn(Year value) {
    return value == null ? null : value.getValue();
  }

  @Override
  public Year convertToEntityAttribute(Integer value) {
    return value == null ? null : Year.of(value);
  }
}
