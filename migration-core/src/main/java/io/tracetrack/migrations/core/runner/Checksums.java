package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Checksums over what a migration does, not over its bytes: the SQL of its recorded operations,
 * with line endings normalised, so reformatting or recompiling never changes it.
 */
public final class Checksums {

  private Checksums() {}

  public static String of(List<Operation> upgrade, List<Operation> downgrade) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    update(digest, "upgrade", upgrade);
    update(digest, "downgrade", downgrade);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String section, List<Operation> operations) {
    digest.update((section + "\n").getBytes(StandardCharsets.UTF_8));
    for (Operation operation : operations) {
      for (String statement : PostgresSql.statements(operation)) {
        String normal = statement.replace("\r\n", "\n").strip();
        digest.update((normal + "\n;\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
