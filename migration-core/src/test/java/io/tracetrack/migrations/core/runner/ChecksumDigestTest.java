package io.tracetrack.migrations.core.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's digest of the accepted checksums, read from a real history, is the client's over the same pairs. */
class ChecksumDigestTest {

  @Test
  void serverAndClientAgreeOnRevisionsThatSortDifferentlyByLocaleOrUtf16() throws SQLException {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("b0001", "v2:bbbb");
    pairs.put("B0001", "v2:BBBB");
    pairs.put("a:1", "v2:with:colon");
    pairs.put("with space", "v2:space");
    pairs.put("\u00e4rger", "v2:umlaut");
    pairs.put("\ud835\udd18nicode", "v2:past-the-bmp"); // above U+FFFF: after U+FFFD in UTF-8, before it in UTF-16
    pairs.put("\ufffdreplacement", "v2:last-of-the-bmp");
    pairs.put("10", "legacy-form-checksum");
    pairs.put("9", "x");
    DatabaseSettings db = history("digest_agrees", pairs);
    try (Connection connection = db.connect()) {
      assertEquals(ChecksumDigest.of(pairs), VersionTable.position(connection).acceptedDigest());
    }
  }

  @Test
  void anEmptyHistoryAndNoPairsAgree() throws SQLException {
    DatabaseSettings db = history("digest_empty", Map.of());
    try (Connection connection = db.connect()) {
      assertEquals(ChecksumDigest.of(Map.of()), VersionTable.position(connection).acceptedDigest());
    }
  }

  @Test
  void pairsWhoseTextCouldReadAsOtherPairsHaveNoDigest() {
    assertNull(ChecksumDigest.of(Map.of("a\tb", "c")));
    assertNull(ChecksumDigest.of(Map.of("a", "b\nc\td")));
    assertNotEquals(ChecksumDigest.of(Map.of("a", "b")), ChecksumDigest.of(Map.of("a", "b", "", "")));
  }

  /** A database whose history accepted these checksums, written with plain SQL. */
  private static DatabaseSettings history(String name, Map<String, String> pairs) throws SQLException {
    DatabaseSettings db = PostgresServer.newDatabase(name);
    try (Connection connection = db.connect()) {
      VersionTable.create(connection);
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO tracetrack_history (revision, direction, message, checksum) VALUES (?, 'upgrade', '', ?)")) {
        for (var pair : pairs.entrySet()) {
          insert.setString(1, pair.getKey());
          insert.setString(2, pair.getValue());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    return db;
  }
}
