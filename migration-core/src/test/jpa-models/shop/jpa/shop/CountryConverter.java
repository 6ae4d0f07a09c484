package jpa.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores a locale's country as its two-letter code. */
@Converter
public class CountryConverter implements AttributeConverter<Locale, String> {
  @Override
  public String convertToDatabaseColumn(Locale locale) {
    return locale == null ? null : locale.getCountry();
  }

  @Override
  public Locale convertToEntityAttribute(String code) {
    return code == null ? null : new Locale("", code);
  }
}
