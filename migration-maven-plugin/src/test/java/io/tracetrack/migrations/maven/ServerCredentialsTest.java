package io.tracetrack.migrations.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.db.DatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** tracetrack.serverId: credentials from settings.xml, encrypted ones through Maven's own decrypter. */
class ServerCredentialsTest {
  private static final String MASTER = "master-Pa55";
  private static final String SECRET = "db-s3cret!";

  @TempDir
  Path temp;

  private DefaultSettingsDecrypter decrypter(String masterPassword) throws Exception {
    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    Path security = temp.resolve("settings-security.xml");
    // As mvn --encrypt-master-password writes it.
    Files.writeString(security, "<settingsSecurity><master>" + cipher.encryptAndDecorate(masterPassword,
        "settings.security") + "</master></settingsSecurity>");
    return new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
  }

  private static Settings settings(String id, String user, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(user);
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  @Test
  void encryptedPasswordIsDecrypted() throws Exception {
    String encrypted = new DefaultPlexusCipher().encryptAndDecorate(SECRET, MASTER); // as mvn --encrypt-password
    ServerCredentials credentials = ServerCredentials.read(settings("prod-db", "deployer", encrypted), decrypter(MASTER),
        "prod-db");
    assertEquals("deployer", credentials.username());
    assertEquals(SECRET, credentials.password());
    assertFalse(credentials.toString().contains(SECRET), credentials.toString());
  }

  @Test
  void plainPasswordIsTakenAsItIs() throws Exception {
    ServerCredentials credentials = ServerCredentials.read(settings("dev-db", "dev", "plain"), decrypter(MASTER), "dev-db");
    assertEquals("plain", credentials.password());
  }

  @Test
  void unknownServerIdIsAClearError() throws Exception {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> ServerCredentials.read(settings("dev-db", "dev", "x"), decrypter(MASTER), "prod-db"));
    assertEquals("tracetrack.serverId=prod-db: settings.xml has no <server> with <id>prod-db</id>", e.getMessage());
  }

  @Test
  void wrongMasterPasswordFailsWithoutShowingAnyPassword() throws Exception {
    String encrypted = new DefaultPlexusCipher().encryptAndDecorate(SECRET, MASTER);
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> ServerCredentials.read(settings("prod-db", "deployer", encrypted), decrypter("other-master"), "prod-db"));
    assertTrue(e.getMessage().startsWith("Cannot decrypt the password of <server> prod-db in settings.xml"), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET) || e.getMessage().contains(MASTER), e.getMessage());
  }

  @Test
  void serverWithoutUsernameIsAClearError() throws Exception {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> ServerCredentials.read(settings("prod-db", null, "x"), decrypter(MASTER), "prod-db"));
    assertEquals("<server> prod-db in settings.xml has no <username>", e.getMessage());
  }
}
