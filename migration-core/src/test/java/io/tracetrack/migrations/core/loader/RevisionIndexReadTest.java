package io.tracetrack.migrations.core.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The revision index as the engine reads it: what the processor writes, and what it must refuse. */
class RevisionIndexReadTest {
  private static final RevisionIndex INDEX = new RevisionIndex(Set.of("M2_Data", "M1_Create", "Helper"), List.of(
      new RevisionIndex.Entry("M1_Create", "a1a1a1a1a1a1", List.of(), "Create \"t\"", "2026-01-02 03:04:05", true,
          "v2:0f0f"),
      new RevisionIndex.Entry("M2_Data", "b2b2b2b2b2b2", List.of("a1a1a1a1a1a1", "c3c3c3c3c3c3"), null, null, false,
          null)));

  @Test
  void readsWhatTheWriterWrites() throws IOException {
    assertEquals(INDEX, read(new String(INDEX.toJson(), StandardCharsets.UTF_8)));
  }

  @Test
  void readsAHandWrittenIndexPassingOverFieldsItDoesNotKnow() throws IOException {
    RevisionIndex index = read("""
        {"format": 9, "classes": ["M1_Create"], "extra": {"nested": [1, {"a": null}]},
         "revisions": [{"className": "M1_Create", "id": "a1a1a1a1a1a1", "revises": [], "later": [true],
                        "message": "m", "createDate": null, "transactional": true, "checksum": "v2:ab"}]}
        """);
    assertEquals(new RevisionIndex(Set.of("M1_Create"), List.of(new RevisionIndex.Entry("M1_Create", "a1a1a1a1a1a1",
        List.of(), "m", null, true, "v2:ab"))), index);
  }

  @Test
  void refusesWhatIsNotAnIndexNamingTheFile() {
    for (String json : List.of("[]", "{\"classes\": []}", "{\"classes\": null, \"revisions\": []}",
        "{\"classes\": [1], \"revisions\": []}", "{\"classes\": [], \"revisions\": [{\"id\": \"a1a1a1a1a1a1\"}]}",
        "{\"classes\": [], \"revisions\": [{\"className\": \"M\", \"id\": \"a1a1a1a1a1a1\"}]}", "{\"classes\": [")) {
      IOException refused = assertThrows(IOException.class, () -> read(json), json);
      assertTrue(refused.getMessage().startsWith("Cannot read the revision index index.json: "), refused.getMessage());
    }
  }

  private static RevisionIndex read(String json) throws IOException {
    return RevisionIndex.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "index.json");
  }
}
