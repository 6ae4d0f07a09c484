package io.tracetrack.migrations.core.revision;

/**
 * A target that lies the other way: an upgrade to a revision behind the database, or a downgrade
 * to one ahead of it. {@link #needed()} says which command reaches it.
 */
public class WrongDirectionException extends RevisionException {
  /** The two ways a run can go. */
  public enum Direction {
    UPGRADE, DOWNGRADE;

    /** {@code upgrade}, {@code downgrade}. */
    public String command() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String target;
  private final Direction needed;
  private final String reason;

  /**
   * @param target the target as given
   * @param needed the direction that reaches it
   * @param reason what is wrong, without advice: {@code Upgrade target base goes backwards}
   */
  public WrongDirectionException(String target, Direction needed, String reason) {
    super(reason + ": it takes " + (needed == Direction.UPGRADE ? "an upgrade" : "a downgrade"));
    this.target = target;
    this.needed = needed;
    this.reason = reason;
  }

  public String target() {
    return target;
  }

  public Direction needed() {
    return needed;
  }

  public String reason() {
    return reason;
  }
}
