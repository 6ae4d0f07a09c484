package io.tracetrack.migrations.core.codegen;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where and how new migration classes are written: the source root and package, and the clock and
 * id source (injected so tests get byte-identical output).
 */
public record NewMigration(Path sourceRoot, String packageName, Clock clock, Supplier<String> ids) {
  private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter CLASS_PREFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
  private static final int MAX_NAME_WORDS = 8;
  private static final int MAX_NAME_LENGTH = 80;

  public NewMigration {
    Objects.requireNonNull(sourceRoot, "sourceRoot == null");
    Objects.requireNonNull(packageName, "packageName == null");
    Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(ids, "ids == null");
  }

  /** Writes under {@code sourceRoot} with the system clock and random twelve-hex-digit ids. */
  public static NewMigration at(Path sourceRoot, String packageName) {
    SecureRandom random = new SecureRandom();
    return new NewMigration(sourceRoot, packageName, Clock.systemDefaultZone(), () -> {
      byte[] bytes = new byte[6];
      random.nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    });
  }

  public String createDate() {
    return LocalDateTime.now(clock).format(CREATE_DATE);
  }

  /**
   * A class name that sorts by creation time and reads as the message: {@code
   * M20261126103000_AddLastLoginToUserModel}. Characters that cannot be in a name are dropped.
   */
  public String className(String message) {
    StringBuilder name = new StringBuilder("M").append(LocalDateTime.now(clock).format(CLASS_PREFIX)).append('_');
    int words = 0;
    for (String word : message.split("[^\\p{Alnum}]+")) {
      if (word.isEmpty() || words == MAX_NAME_WORDS) {
        continue;
      }
      String ascii = word.codePoints().filter(c -> c < 128).collect(StringBuilder::new, StringBuilder::appendCodePoint,
          StringBuilder::append).toString();
      if (ascii.isEmpty()) {
        continue;
      }
      name.append(Character.toUpperCase(ascii.charAt(0))).append(ascii.substring(1));
      words++;
    }
    if (words == 0) {
      name.append("Migration");
    }
    // Far below file-system limits on a file name, whatever the message.
    return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name.toString();
  }

  public Path packageDirectory() {
    return sourceRoot.resolve(packageName.replace('.', '/'));
  }
}
