package io.tracetrack.migrations.core.runner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * One digest over pairs of revision and checksum, computed alike by the server (over the history,
 * in SQL) and by the client (over the migrations), so that a run whose applied migrations all match
 * compares one value instead of reading a row per revision. Each revision and checksum is written
 * with its length in characters before it, so no two sets of pairs give the same text; pairs go in
 * the byte order of their revision's UTF-8, which is {@code COLLATE "C"} order in a UTF8 database.
 * Where the two sides could still disagree (a database in another encoding), the digests differ and
 * the caller compares row by row, as it would for a changed migration: a wrong "differs" costs
 * time, never safety.
 */
final class ChecksumDigest {

  private ChecksumDigest() {}

  /**
   * The SQL expression that aggregates the pairs of a query's rows; {@code null} over no rows is
   * the digest of the empty text.
   */
  static String sql(String revision, String checksum) {
    return "md5(convert_to(coalesce(string_agg(length(" + revision + ") || ':' || " + revision + " || length("
        + checksum + ") || ':' || " + checksum + ", '' ORDER BY " + revision + " COLLATE \"C\"), ''), 'UTF8'))";
  }

  /** The digest of these pairs, revision to checksum (neither null), as {@link #sql} computes it. */
  static String of(Map<String, String> checksums) {
    StringBuilder text = new StringBuilder(checksums.size() * 64);
    checksums.keySet().stream().sorted(ChecksumDigest::byCodePoint).forEach(revision -> {
      String checksum = checksums.get(revision);
      text.append(length(revision)).append(':').append(revision).append(length(checksum)).append(':').append(checksum);
    });
    return HexFormat.of().formatHex(md5().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** Code point order, which is the byte order of UTF-8 (String.compareTo differs past U+FFFF). */
  private static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Characters as PostgreSQL counts them: code points. */
  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has MD5", e);
    }
  }
}
