package io.tracetrack.migrations.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewMigrationTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:30:00Z"), ZoneOffset.UTC);
  private static final NewMigration TARGET =
      new NewMigration(Path.of("src/main/java"), "com.example.migrations", CLOCK, () -> "0123456789ab");

  @Test
  void classNameReadsAsTheMessageAfterATimestamp() {
    assertEquals("M20261126103000_AddLastLoginToUserModel", TARGET.className("Add last_login to User model"));
  }

  @Test
  void classNameDropsUnsafeCharacters() {
    assertEquals("M20261126103000_EtcRmRf", TARGET.className("../../etc; rm -rf"));
    assertEquals("M20261126103000_DropTableX", TARGET.className("\"; drop table x; --"));
  }

  @Test
  void classNameOfAMessageWithNoUsableCharacterIsStillAName() {
    assertEquals("M20261126103000_Migration", TARGET.className("日本語"));
    assertEquals("M20261126103000_Migration", TARGET.className("!!!"));
  }

  @Test
  void classNameKeepsAtMostEightWords() {
    assertEquals("M20261126103000_OneTwoThreeFourFiveSixSevenEight",
        TARGET.className("one two three four five six seven eight nine ten"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Add last_login to User model", "../../etc; rm -rf", "日本語", "2fa for admins",
      "class", "Ünïcödé names", "tab\tand\nnewline", "  ", "a/b\\c$d", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  void classNameIsAlwaysAValidJavaIdentifier(String message) {
    String name = TARGET.className(message);
    assertTrue(SourceVersion.isName(name), name);
    assertTrue(name.startsWith("M20261126103000_"), name);
  }

  @Test
  void classNameUsesTheClockZone() {
    NewMigration inTokyo = new NewMigration(Path.of("x"), "p", CLOCK.withZone(java.time.ZoneId.of("Asia/Tokyo")), () -> "id");
    assertEquals("M20261126193000_Hello", inTokyo.className("hello"));
  }

  @Test
  void createDateComesFromTheClock() {
    assertEquals("2026-11-26 10:30:00", TARGET.createDate());
  }

  @Test
  void packageDirectoryIsUnderTheSourceRoot() {
    assertEquals(Path.of("src/main/java/com/example/migrations"), TARGET.packageDirectory());
  }

  @Test
  void defaultIdsAreTwelveLowerCaseHexDigitsAndDiffer() {
    NewMigration random = NewMigration.at(Path.of("x"), "p");
    String first = random.ids().get();
    String second = random.ids().get();
    assertTrue(first.matches("[0-9a-f]{12}"), first);
    assertTrue(second.matches("[0-9a-f]{12}"), second);
    assertTrue(!first.equals(second), first + " twice");
  }
}
