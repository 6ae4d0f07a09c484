package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.db.DatabaseException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The user name and password of a {@code <server>} in {@code settings.xml}, decrypted with Maven's
 * {@link SettingsDecrypter} when encrypted. {@link #toString()} never shows the password.
 */
record ServerCredentials(String username, String password) {

  static ServerCredentials read(Settings settings, SettingsDecrypter decrypter, String serverId) {
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new DatabaseException("tracetrack.serverId=" + serverId + ": settings.xml has no <server> with"
          + " <id>" + serverId + "</id>");
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        // The problem's own message names the server and the cause, never the password.
        throw new DatabaseException("Cannot decrypt the password of <server> " + serverId + " in settings.xml: "
            + problem.getMessage() + " (is settings-security.xml with the master password in place?)");
      }
    }
    Server decrypted = result.getServer() == null ? server : result.getServer();
    if (decrypted.getUsername() == null || decrypted.getUsername().isBlank()) {
      throw new DatabaseException("<server> " + serverId + " in settings.xml has no <username>");
    }
    return new ServerCredentials(decrypted.getUsername(), decrypted.getPassword());
  }

  @Override
  public String toString() {
    return "ServerCredentials[username=" + username + ", password=******]";
  }
}
