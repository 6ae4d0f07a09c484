package io.tracetrack.migrations.core.revision;

/** A revision id or prefix that no revision matches. */
public class UnknownRevisionException extends RevisionException {
  private final String revision;

  public UnknownRevisionException(String revision) {
    super("Unknown revision " + revision);
    this.revision = revision;
  }

  /** The id or prefix as given. */
  public String revision() {
    return revision;
  }
}
