package io.tracetrack.migrations.core.db;

import io.tracetrack.migrations.core.Setting;

/**
 * A setting the caller gave is unusable: set but empty, negative, not a duration. The message
 * names the setting in plain words; {@link #problem()} is the rest, for a front end that names it
 * by its own key ({@code key + problem()}).
 */
public class InvalidSettingException extends DatabaseException {
  private final Setting setting;
  private final String problem;

  /** @param problem what is wrong, following the setting's name: {@code " is set but empty: ..."} */
  public InvalidSettingException(Setting setting, String problem) {
    super(setting.capitalized() + problem);
    this.setting = setting;
    this.problem = problem;
  }

  public Setting setting() {
    return setting;
  }

  public String problem() {
    return problem;
  }
}
