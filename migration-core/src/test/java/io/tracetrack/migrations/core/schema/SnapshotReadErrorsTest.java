package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnapshotReadErrorsTest {
  private static final String ORIGIN = "jar:file:/m2/entities.jar!/META-INF/tracetrack/schema.json";

  private static SnapshotException readFails(String json) {
    return assertThrows(SnapshotException.class,
        () -> Snapshot.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ORIGIN));
  }

  private static void assertMentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), "expected \"" + part + "\" in: " + message);
    }
  }

  @Test
  void invalidJsonNamesTheOriginAndTheLine() {
    SnapshotException e = readFails("{\n  \"format\": 1,\n  \"tables\": [ {\"name\": \"t\",, } ]\n}");
    assertMentions(e.getMessage(), ORIGIN, "is not valid JSON", "line 3");
  }

  @Test
  void emptyInputNamesTheOrigin() {
    SnapshotException e = readFails("");
    assertMentions(e.getMessage(), ORIGIN);
  }

  @Test
  void missingFormatIsRefused() {
    SnapshotException e = readFails("{\"tables\": []}");
    assertMentions(e.getMessage(), ORIGIN, "has no \"format\" field");
  }

  @Test
  void newerFormatIsRefusedWithAClearMessage() {
    SnapshotException e = readFails("{\"format\": " + (Snapshot.FORMAT + 1) + ", \"tables\": []}");
    assertMentions(e.getMessage(), ORIGIN, "format " + (Snapshot.FORMAT + 1),
        "newer than the " + Snapshot.FORMAT, "upgrade the tracetrack plugin");
  }

  @Test
  void newerFormatWithFieldsThisVersionDoesNotKnowIsRefusedForItsFormat() {
    // A newer processor writes fields this version has never heard of; the message must still say
    // that the format is too new, not that the JSON is broken.
    SnapshotException e = readFails("{\"format\": " + (Snapshot.FORMAT + 1) + ", \"indexes\": [],"
        + " \"tables\": [{\"name\": \"t\", \"comment\": \"new\", \"columns\": [{\"name\": \"a\", \"type\": \"text\","
        + " \"nullable\": true, \"collation\": \"C\"}]}]}");
    assertMentions(e.getMessage(), ORIGIN, "format " + (Snapshot.FORMAT + 1), "newer than the " + Snapshot.FORMAT);
  }

  @Test
  void newerFormatAfterOtherFieldsIsStillFound() {
    // Files we write put the format first; a hand-edited one may not.
    SnapshotException e = readFails("{\"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", \"type\": \"text\","
        + " \"nullable\": true}]}], \"enums\": [], \"format\": " + (Snapshot.FORMAT + 1) + ", \"indexes\": []}");
    assertMentions(e.getMessage(), ORIGIN, "format " + (Snapshot.FORMAT + 1), "newer than the " + Snapshot.FORMAT);
  }

  @Test
  void tableWithoutNameIsRefused() {
    SnapshotException e = readFails("{\"format\": 1, \"tables\": [{\"columns\": []}]}");
    assertMentions(e.getMessage(), ORIGIN, "is not valid", "a table has no name");
  }

  @Test
  void columnWithoutTypeNamesItsTable() {
    SnapshotException e = readFails("{\"format\": 1, \"tables\": [{\"name\": \"orders\", \"columns\": [{\"name\": \"a\", \"nullable\": true}]}]}");
    assertMentions(e.getMessage(), ORIGIN, "\"orders\"", "no name or no type");
  }

  @Test
  void twoTablesOfTheSameNameAreRefused() {
    SnapshotException e = readFails("{\"format\": 1, \"tables\": [{\"name\": \"t\"}, {\"name\": \"t\"}]}");
    assertMentions(e.getMessage(), ORIGIN, "two tables named t");
  }

  @Test
  void anUnreadableStreamNamesTheOrigin() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    SnapshotException e = assertThrows(SnapshotException.class, () -> Snapshot.read(broken, ORIGIN));
    assertMentions(e.getMessage(), ORIGIN, "disk on fire");
  }

  @Test
  void aValueOfTheWrongTypeNamesTheFieldAndTheLine() {
    SnapshotException e = readFails("{\"format\": 1,\n \"tables\": [{\"name\": \"orders\", \"columns\": [{\"name\": \"a\","
        + "\n \"type\": \"text\", \"nullable\": \"yes\"}]}]}");
    assertMentions(e.getMessage(), ORIGIN, "a column's \"nullable\" must be true or false, not the string \"yes\"", "line 3");
  }

  @Test
  void anUnknownFieldNamesItsElement() {
    SnapshotException e = readFails("{\"format\": 4, \"tables\": [{\"name\": \"orders\", \"colour\": \"red\"}]}");
    assertMentions(e.getMessage(), ORIGIN, "unknown field \"colour\" in table \"orders\"");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    SnapshotException e = readFails("{\"format\": 4, \"tables\": [{\"name\": \"orders\", \"columns\": [{\"name\": \"a\","
        + " \"type\": \"text\"}]}]}");
    assertMentions(e.getMessage(), ORIGIN, "a column \"a\" has no \"nullable\"");
    e = readFails("{\"format\": 4, \"sequences\": [{\"name\": \"s\", \"type\": \"bigint\", \"start\": 1, \"increment\": 1,"
        + " \"cache\": 1}]}");
    assertMentions(e.getMessage(), ORIGIN, "a sequence has no \"cycle\"");
  }

  @Test
  void aFormatThatIsNoWholeNumberIsRefused() {
    SnapshotException e = readFails("{\"format\": \"4\", \"tables\": []}");
    assertMentions(e.getMessage(), ORIGIN, "\"format\" must be a whole number");
  }
}
