package io.tracetrack.migrations.core.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A migration's checksum follows what it says, never how it is laid out. */
class MigrationChecksumTest {
  private static final String SOURCE = """
      package com.example.migrations;

      import static io.tracetrack.migrations.ColumnDef.column;

      import io.tracetrack.migrations.Migration;
      import io.tracetrack.migrations.Operations;
      import io.tracetrack.migrations.Revision;

      /** Create the admin user */
      @Revision(id = "ae1027a6acf1", revises = "1a2b3c4d5e6f", message = "Create admin user",
          createDate = "2026-11-26 10:30:00")
      public final class M20261126103000_CreateAdminUser implements Migration {
        @Override
        public void upgrade(Operations op) {
          op.execute(\"""
              INSERT INTO "user" (username, email)
              VALUES ('admin', 'admin@example.com')
              \""");
          op.addColumn("user", column("rank", "numeric(10,2)").serverDefault("1.5"));
        }

        @Override
        public void downgrade(Operations op) {
          op.dropColumn("user", "rank");
          op.execute("DELETE FROM \\"user\\" WHERE username = 'admin'");
        }
      }
      """;

  private static String checksum(String source) {
    return MigrationChecksum.ofSource(source, "ae1027a6acf1", List.of("1a2b3c4d5e6f"), true);
  }

  @Test
  void isInTheCurrentForm() {
    String checksum = checksum(SOURCE);
    assertTrue(MigrationChecksum.isCurrentForm(checksum), checksum);
    assertTrue(checksum.length() <= 64, "fits the history's checksum column: " + checksum);
    assertEquals(checksum, checksum(SOURCE), "deterministic");
  }

  @Test
  void layoutCommentsLineEndingsImportsAndMessageDoNotCount() {
    String original = checksum(SOURCE);
    assertEquals(original, checksum(SOURCE.replace("\n", "\r\n")), "CRLF line endings");
    assertEquals(original, checksum(SOURCE.replace("  ", "    ").replace("(Operations op)", "( Operations  op )")),
        "re-indented, spaces inside parentheses");
    assertEquals(original, checksum(SOURCE.replace("op.dropColumn(\"user\", \"rank\");",
        "// the rank column goes first\n    op.dropColumn(\n        \"user\",\n        \"rank\"); /* then the row */")),
        "comments and line breaks");
    assertEquals(original, checksum(SOURCE.replace("import io.tracetrack.migrations.Revision;\n", "")
        .replace("import io.tracetrack.migrations.Migration;\n", "import io.tracetrack.migrations.Migration;\n"
            + "import io.tracetrack.migrations.Revision;\n")), "imports reordered");
    assertEquals(original, checksum(SOURCE.replace("message = \"Create admin user\"", "message = \"Create the admin user\"")
        .replace("2026-11-26 10:30:00", "2026-11-27 09:00:00")), "message and date are descriptive only");
    assertEquals(original, checksum(SOURCE.replace("              INSERT INTO", "      INSERT INTO")
        .replace("              VALUES", "      VALUES").replace("              \"\"\")", "      \"\"\")")),
        "a text block re-indented as a whole keeps its value");
    assertEquals(original, checksum("\uFEFF" + SOURCE), "a byte-order mark");
  }

  @Test
  void anyChangeToWhatItDoesCounts() {
    String original = checksum(SOURCE);
    assertNotEquals(original, checksum(SOURCE.replace("'admin@example.com'", "'root@example.com'")), "a literal in a text block");
    assertNotEquals(original, checksum(SOURCE.replace("numeric(10,2)", "numeric(12,2)")), "a string literal");
    assertNotEquals(original, checksum(SOURCE.replace("\"1.5\"", "\"1.50\"")), "a default");
    assertNotEquals(original, checksum(SOURCE.replace("op.dropColumn(\"user\", \"rank\");\n", "")), "a call removed");
    assertNotEquals(original, checksum(SOURCE.replace("VALUES ('admin'", "VALUES ( 'admin'")),
        "whitespace inside a literal is content");
    assertNotEquals(original, MigrationChecksum.ofSource(SOURCE, "ae1027a6acf1", List.of("1a2b3c4d5e6f"), false),
        "the transaction mode");
    assertNotEquals(original, MigrationChecksum.ofSource(SOURCE, "ae1027a6acf1", List.of("0000aaaa0000"), true),
        "the parent revision");
  }
}
