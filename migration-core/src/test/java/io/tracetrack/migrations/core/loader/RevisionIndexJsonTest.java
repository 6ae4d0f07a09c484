package io.tracetrack.migrations.core.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The revision index is streamed both ways; earlier versions bound it with Jackson's data binding,
 * which judges here: the same bytes written, the same index read, unknown fields passed over.
 */
class RevisionIndexJsonTest {
  private static final ObjectMapper BINDING = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @Test
  void indexesAreWrittenAsBindingWroteThemAndReadBackEqual() throws IOException {
    Random random = new Random(20261207);
    for (int round = 0; round < 50; round++) {
      Set<String> classes = new TreeSet<>();
      List<RevisionIndex.Entry> entries = new ArrayList<>();
      for (int i = 0; i < random.nextInt(20); i++) {
        String name = "M" + i + (random.nextBoolean() ? "_Add\u00e9\"quoted\"" : "_Plain");
        classes.add(name);
        if (random.nextInt(4) > 0) {
          entries.add(new RevisionIndex.Entry(name, Long.toHexString(random.nextLong()),
              i == 0 ? List.of() : random.nextBoolean() ? List.of("a" + i) : List.of("a" + i, "b" + i),
              random.nextBoolean() ? null : "Message \n" + i, random.nextBoolean() ? null : "2026-01-0" + (1 + i % 9),
              random.nextBoolean(), random.nextBoolean() ? null : "sha256:" + i));
        }
      }
      RevisionIndex index = new RevisionIndex(classes, entries);
      byte[] streamed = index.toJson();
      assertArrayEquals(BINDING.writeValueAsBytes(index), streamed, new String(streamed, StandardCharsets.UTF_8));
      assertEquals(index, RevisionIndex.read(new ByteArrayInputStream(streamed), "index.json"));
      assertEquals(BINDING.readValue(streamed, RevisionIndex.class), RevisionIndex.read(new ByteArrayInputStream(streamed), "x"));
    }
  }

  @Test
  void fieldsOfANewerVersionArePassedOver() throws IOException {
    String json = "{\"future\": {\"a\": [1, 2]}, \"classes\": [\"M1\"], \"revisions\": [{\"className\": \"M1\", \"id\": \"a1\","
        + " \"revises\": [], \"later\": [true], \"transactional\": true}]}";
    RevisionIndex read = RevisionIndex.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "index.json");
    assertEquals(BINDING.readValue(json, RevisionIndex.class), read);
  }

  @Test
  void aBrokenIndexNamesItsFile() {
    for (String json : new String[] {"", "[]", "{\"classes\": []}", "{\"classes\": [], \"revisions\": [{\"id\": \"a\"}]}",
        "{\"classes\": [1], \"revisions\": []}", "{\"classes\": [], \"revisions\": [{\"className\": \"M\", \"id\": \"a\","
            + " \"revises\": [], \"transactional\": \"yes\"}]}"}) {
      IOException e = assertThrows(IOException.class,
          () -> RevisionIndex.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "db.json"), json);
      assertTrue(e.getMessage().startsWith("Cannot read the revision index db.json: "), e.getMessage());
    }
  }
}
