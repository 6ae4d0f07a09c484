package io.tracetrack.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** javac with the processor stores each migration's checksum beside its class, from its source. */
class MigrationChecksumWriterTest {
  private static final String MIGRATION = String.join("\n",
      "package com.example.migrations;",
      "import io.tracetrack.migrations.*;",
      "@Revision(id = \"1a2b3c4d5e6f\", message = \"Seed\")",
      "public final class M1_Seed implements Migration {",
      "  @Override public void upgrade(Operations op) {",
      "    op.execute(\"INSERT INTO t VALUES (\" + System.nanoTime() + \")\");",
      "  }",
      "  @Override public void downgrade(Operations op) { op.execute(\"DELETE FROM t\"); }",
      "}", "");

  @TempDir Path dir;
  private int compilations;

  @Test
  void storesAChecksumThatFollowsTheSourceNotItsLayout() throws IOException {
    String original = compile(MIGRATION);
    assertTrue(MigrationChecksum.isCurrentForm(original), original);
    assertEquals(original, compile(MIGRATION.replace("\n", "\r\n").replace("  ", "\t")
        .replace("@Override public void downgrade", "/** Undoes the seed. */\n  @Override public void downgrade")),
        "same code, other layout and comments");
    assertNotEquals(original, compile(MIGRATION.replace("DELETE FROM t", "TRUNCATE t")), "other code");
  }

  /** Compiles the source into a fresh output folder; returns the checksum stored for its class. */
  private String compile(String source) throws IOException {
    Path root = dir.resolve("c" + compilations++);
    Path file = root.resolve("src/com/example/migrations/M1_Seed.java");
    Path out = Files.createDirectories(root.resolve("out"));
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
          List.of("-d", out.toString(), "-classpath", location(Migration.class)), null, files.getJavaFileObjects(file));
      task.setProcessors(List.of(new EntityProcessor()));
      assertTrue(task.call(), diagnostics.toString());
    }
    Path stored = out.resolve(MigrationChecksum.resourceName("com.example.migrations.M1_Seed"));
    assertTrue(Files.isRegularFile(stored), "no checksum at " + stored);
    return Files.readString(stored);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString() + File.pathSeparator;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
