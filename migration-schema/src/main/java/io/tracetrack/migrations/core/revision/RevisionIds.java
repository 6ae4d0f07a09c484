package io.tracetrack.migrations.core.revision;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a revision id may be: 1 to {@value #MAX_LENGTH} characters (the version table's {@code
 * varchar(64)}) of letters, digits and {@code _}. As in Alembic, {@code -}, {@code +} and the
 * other punctuation that targets use ({@code ae10-1}, {@code FROM:TO}) are not allowed, and
 * neither are the target words {@code head}, {@code heads} and {@code base}.
 */
public final class RevisionIds {
  /** The length of the version table's {@code version_num varchar(64)}. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_]+");
  private static final Set<String> RESERVED = Set.of("head", "heads", "base");

  private RevisionIds() {}

  /** Why {@code id} cannot be a revision id, or null when it can. */
  public static String problem(String id) {
    if (id == null || id.isEmpty()) {
      return "it is empty";
    }
    if (id.length() > MAX_LENGTH) {
      return "it has " + id.length() + " characters, more than the " + MAX_LENGTH + " the version table holds";
    }
    if (!ALLOWED.matcher(id).matches()) {
      return "only letters, digits and _ are allowed";
    }
    if (RESERVED.contains(id)) {
      return "\"" + id + "\" names a target (head, heads, base)";
    }
    return null;
  }
}
