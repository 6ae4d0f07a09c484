package jpa.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a channel as a code that survives reordering the enum. */
@Converter
public class ChannelConverter implements AttributeConverter<Channel, Integer> {
  @Override
  public Integer convertToDatabaseColumn(Channel channel) {
    return channel == null ? null : 10 * (channel.ordinal() + 1);
  }

  @Override
  public Channel convertToEntityAttribute(Integer code) {
    return code == null ? null : Channel.values()[code / 10 - 1];
  }
}
