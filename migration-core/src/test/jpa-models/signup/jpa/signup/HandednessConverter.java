package jpa.signup;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Applies itself to every Handedness attribute without @Convert: stored as its first letter. */
@Converter(autoApply = true)
public class HandednessConverter implements AttributeConverter<Handedness, String> {
  @Override
  public String convertToDatabaseColumn(Handedness value) {
    return value == null ? null : value.name().substring(0, 1);
  }

  @Override
  public Handedness convertToEntityAttribute(String value) {
    return value == null ? null : java.util.Arrays.stream(Handedness.values())
        .filter(h -> h.name().startsWith(value)).findFirst().orElseThrow();
  }
}
