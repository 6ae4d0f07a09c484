package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.IncrementalCompilationTest.location;
import static io.tracetrack.migrations.processor.IncrementalCompilationTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.core.schema.Column;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auto-applied converters compiled apart from the entities, with the real javac: in jars of their
 * own packages on the class path, and in an incremental compile that recompiles only an entity.
 */
class JpaConverterIndexTest {
  @TempDir Path dir;

  @Test
  void autoAppliedConvertersInOtherJarsApplyToTheEntitiesOfTheNextCompilation() throws IOException {
    Path money = dir.resolve("money");
    compile(money, List.of(),
        source("acme/money/Money.java", "package acme.money;", "public record Money(long cents) {}"),
        converter("acme/money/convert/MoneyConverter.java", "acme.money.convert", "acme.money.Money", "Long"));
    assertTrue(Files.exists(money.resolve(JpaConverterIndex.FOLDER + "acme.money.Money")),
        "the jar records its converter under the type it converts");
    Path rates = dir.resolve("rates");
    compile(rates, List.of(),
        source("acme/rates/Percent.java", "package acme.rates;", "public record Percent(int basisPoints) {}"),
        converter("acme/rates/convert/PercentConverter.java", "acme.rates.convert", "acme.rates.Percent", "Integer"),
        source("acme/rates/Plain.java", "package acme.rates;", "public record Plain(int value) {}"),
        source("acme/rates/convert/PlainConverter.java", "package acme.rates.convert;", "import jakarta.persistence.*;",
            "@Converter public class PlainConverter implements AttributeConverter<acme.rates.Plain, String> {",
            "  public String convertToDatabaseColumn(acme.rates.Plain value) { return null; }",
            "  public acme.rates.Plain convertToEntityAttribute(String value) { return null; }", "}"));
    assertTrue(Files.exists(rates.resolve(JpaConverterIndex.FOLDER + "acme.rates.Percent")));
    assertTrue(Files.notExists(rates.resolve(JpaConverterIndex.FOLDER + "acme.rates.Plain")),
        "a converter that does not apply itself is not recorded");
    Path moneyJar = jar(money, dir.resolve("money.jar"));
    Path ratesJar = jar(rates, dir.resolve("rates.jar"));

    Path shop = dir.resolve("shop");
    compile(shop, List.of(moneyJar, ratesJar), source("shop/Invoice.java", "package shop;",
        "import jakarta.persistence.*;", "@Entity public class Invoice { @Id Long id;",
        "  acme.money.Money total; acme.rates.Percent discount; }"));
    assertEquals(List.of(new Column("id", "bigint", false, null), new Column("total", "bigint", true, null),
        new Column("discount", "integer", true, null)), snapshot(shop).schema().table("invoice").orElseThrow().columns(),
        "each jar's converter, found by the attribute's type whichever jar comes first");
  }

  @Test
  void anIncrementalCompileOfAnEntityFindsTheConverterOfAnotherPackageInItsOutput() throws IOException {
    Path out = dir.resolve("out");
    Path entity = source("app/model/Payment.java", "package app.model;", "import jakarta.persistence.*;",
        "@Entity public class Payment { @Id Long id; app.money.Money amount; }");
    compile(out, List.of(), source("app/money/Money.java", "package app.money;", "public record Money(long cents) {}"),
        converter("app/convert/MoneyConverter.java", "app.convert", "app.money.Money", "Long"), entity);
    Column converted = new Column("amount", "bigint", true, null);
    assertEquals(converted, snapshot(out).schema().table("payment").orElseThrow().columns().get(1));

    compile(out, List.of(out), entity);
    assertEquals(converted, snapshot(out).schema().table("payment").orElseThrow().columns().get(1),
        "the converter, not compiled again, is found through the output's record of it");

    Path manual = source("app/convert/MoneyConverter.java", "package app.convert;", "import jakarta.persistence.*;",
        "@Converter public class MoneyConverter implements AttributeConverter<app.money.Money, Long> {",
        "  public Long convertToDatabaseColumn(app.money.Money value) { return null; }",
        "  public app.money.Money convertToEntityAttribute(Long value) { return null; }", "}");
    String errors = javac(out, List.of(out), manual, entity);
    assertTrue(errors.contains("Field amount has type app.money.Money, whose JPA mapping is not supported yet"),
        "the output's record of a converter that no longer applies itself is passed over:\n" + errors);
  }

  private Path source(String path, String... lines) throws IOException {
    Path file = dir.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private Path converter(String path, String pkg, String entityType, String databaseType) throws IOException {
    String simple = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
    return source(path, "package " + pkg + ";", "import jakarta.persistence.*;",
        "@Converter(autoApply = true)",
        "public class " + simple + " implements AttributeConverter<" + entityType + ", " + databaseType + "> {",
        "  public " + databaseType + " convertToDatabaseColumn(" + entityType + " value) { return null; }",
        "  public " + entityType + " convertToEntityAttribute(" + databaseType + " value) { return null; }",
        "}");
  }

  /** Compiles with the processor into {@code out}, with {@code classPath} before the JPA API. */
  private static void compile(Path out, List<Path> classPath, Path... sources) throws IOException {
    String errors = javac(out, classPath, sources);
    assertTrue(errors == null, "javac failed:\n" + errors);
  }

  /** Compiles as {@link #compile} does; javac's messages when it fails, else null. */
  private static String javac(Path out, List<Path> classPath, Path... sources) throws IOException {
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> path = new ArrayList<>(classPath.stream().map(Path::toString).toList());
    path.add(location(io.tracetrack.migrations.entity.Entity.class));
    path.add(location(jakarta.persistence.Entity.class));
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
          List.of("-d", out.toString(), "-classpath", String.join(File.pathSeparator, path), "-Atracetrack.naming=jpa"),
          null, files.getJavaFileObjects(sources));
      task.setProcessors(List.of(new EntityProcessor()));
      return task.call() ? null : diagnostics.toString();
    }
  }

  /** The contents of a class output folder as a jar, as Maven packages a module. */
  private static Path jar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace(File.separatorChar, '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
