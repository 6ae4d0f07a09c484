package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.operation.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The earlier checksum form, over the SQL of a migration's recorded operations. Databases that
 * recorded it are still verified with it (and moved to {@link
 * io.tracetrack.migrations.core.loader.MigrationChecksum}'s form when it matches); nothing
 * records it any more, since it changed with anything the migration's code computed at run time.
 */
public final class Checksums {

  private Checksums() {}

  static String of(List<Operation> upgrade, List<Operation> downgrade) {
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
      for (String statement : operation.statements()) {
        String normal = statement.replace("\r\n", "\n").strip();
        digest.update((normal + "\n;\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
