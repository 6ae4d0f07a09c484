package io.tracetrack.migrations.core.runner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One digest over pairs of revision and checksum, computed alike by the server (over the history,
 * in SQL) and by the client (over the migrations), so that a run whose applied migrations all match
 * compares one value instead of reading a row per revision. The digest is the number of pairs and
 * the SHA-256 of their text (not md5, which a server in FIPS mode refuses): one line per pair, its
 * revision and checksum split by a tab, in the byte order of the revision's UTF-8 ({@code COLLATE
 * "C"} order in a UTF8 database). With the count equal, a text equal to the client's has no tab or
 * line break but the separators, so it holds the same pairs; the client gives no digest for pairs
 * that contain either. Where the two sides could still disagree (a database in another encoding),
 * the digests differ and the caller compares row by row, as it would for a changed migration: a
 * wrong "differs" costs time, never safety.
 */
final class ChecksumDigest {

  private ChecksumDigest() {}

  /**
   * The SQL expression that aggregates the pairs of a query's rows, ordered by revision; over no
   * rows, the digest of no pairs.
   */
  static String sql(String revision, String checksum) {
    return "count(*) || ':' || encode(sha256(convert_to(coalesce(string_agg(" + revision + " || E'\\t' || " + checksum
        + ", E'\\n' ORDER BY " + revision + " COLLATE \"C\"), ''), 'UTF8')), 'hex')";
  }

  /**
   * The digest of these pairs, revision to checksum (neither null), as {@link #sql} computes it;
   * null when a revision or checksum holds a tab or a line break.
   */
  static String of(Map<String, String> checksums) {
    StringJoiner text = new StringJoiner("\n");
    for (String revision : checksums.keySet().stream().sorted(ChecksumDigest::byCodePoint).toList()) {
      String checksum = checksums.get(revision);
      if (hasSeparator(revision) || hasSeparator(checksum)) {
        return null;
      }
      text.add(revision + '\t' + checksum);
    }
    return checksums.size() + ":" + HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean hasSeparator(String text) {
    return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0;
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
