package jpa.audit;

import jakarta.persistence.*;

@Converter
public class ActorConverter implements AttributeConverter<Actor, String> {
  @Override public String convertToDatabaseColumn(Actor actor) { return actor == null ? null : actor.kind() + ":" + actor.name(); }
  @Override public Actor convertToEntityAttribute(String text) {
    return text == null ? null : new Actor(text.substring(0, text.indexOf(':')), text.substring(text.indexOf(':') + 1));
  }
}
