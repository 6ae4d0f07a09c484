package io.tracetrack.migrations.core.loader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The checksum of a migration as written: a hash of its source's tokens, so reformatting, comments
 * and line endings leave it alone while any change to the code changes it. It does not depend on
 * what the code computes when it runs, on the JDK that compiled it, nor on the SQL a release of
 * TraceTrack renders. The annotation processor computes it at compile time and stores it beside
 * the class ({@link #resourceName}), so it travels in the jar; the loader falls back to the source
 * file when that record is missing.
 */
public final class MigrationChecksum {
  /** Marks this form, so checksums recorded in the earlier form (64 hex digits) are told apart. */
  public static final String PREFIX = "v2:";
  private static final String RESOURCE_DIRECTORY = "META-INF/tracetrack/checksums/";

  private MigrationChecksum() {}

  /** Where the processor stores the checksum of the migration class {@code binaryName}. */
  public static String resourceName(String binaryName) {
    return RESOURCE_DIRECTORY + binaryName;
  }

  /** True for a checksum recorded in this form; false for the earlier form over rendered SQL. */
  public static boolean isCurrentForm(String checksum) {
    return checksum != null && checksum.startsWith(PREFIX);
  }

  /**
   * The checksum of a migration's source file. Covers the revision's id, parents and transaction
   * mode, and every token from the body of the file's first class on (so imports and the
   * revision's message and date, which change nothing that runs, are left out).
   */
  public static String ofSource(CharSequence source, String id, List<String> revises, boolean transactional) {
    List<String> tokens = JavaTokens.of(source);
    MessageDigest digest = sha256();
    update(digest, "tracetrack-migration");
    update(digest, id);
    revises.stream().sorted().forEach(parent -> update(digest, parent));
    update(digest, String.valueOf(transactional));
    for (String token : tokens.subList(bodyStart(tokens), tokens.size())) {
      update(digest, token);
    }
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
  }

  /** Index of the {@code {} that opens the first type declaration's body; 0 when there is none. */
  private static int bodyStart(List<String> tokens) {
    int depth = 0;
    boolean declared = false;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      switch (token) {
        case "(" -> depth++;
        case ")" -> depth--;
        case "class", "record", "enum", "interface" -> declared |= depth == 0 && (i == 0 || !tokens.get(i - 1).equals("."));
        case "{" -> {
          if (declared && depth == 0) {
            return i;
          }
        }
        default -> { }
      }
    }
    return 0;
  }

  /** Length-prefixed, so no two token lists hash alike by running together. */
  private static void update(MessageDigest digest, String token) {
    byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
    digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
