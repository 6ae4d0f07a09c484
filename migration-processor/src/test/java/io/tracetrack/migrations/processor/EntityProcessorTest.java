package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class EntityProcessorTest {

  @Test
  void writesTheExactJsonOfAnEntity() {
    Compilation compilation = compile(source("shop.OrderLine",
        "package shop;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "public class OrderLine {",
        "  @Id long id;",
        "  @Column(length = 40, unique = true) String sku;",
        "  @Column(serverDefault = \"1\", nullable = false) Integer quantity;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("""
        {
          "format" : 2,
          "tables" : [ {
            "name" : "order_line",
            "entity" : "shop.OrderLine",
            "columns" : [ {
              "name" : "id",
              "type" : "bigint",
              "nullable" : false,
              "identity" : "by default"
            }, {
              "name" : "sku",
              "type" : "varchar(40)",
              "nullable" : true
            }, {
              "name" : "quantity",
              "type" : "integer",
              "nullable" : false,
              "serverDefault" : "1"
            } ],
            "primaryKey" : [ "id" ],
            "uniqueConstraints" : [ {
              "name" : "order_line_sku_key",
              "columns" : [ "sku" ]
            } ]
          } ]
        }
        """, snapshotText(compilation));
  }

  @Test
  void mapsEveryJavaType() {
    Compilation compilation = compile(source("app.User",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "import java.math.BigDecimal;",
        "import java.time.*;",
        "import java.util.UUID;",
        "@Entity",
        "public class User {",
        "  enum Role { ADMIN, GUEST }",
        "  @Id UUID id;",
        "  String name;",
        "  @Column(length = 80) String email;",
        "  int loginCount;",
        "  Integer age;",
        "  long visits;",
        "  Long score;",
        "  short level;",
        "  Short rank;",
        "  boolean active;",
        "  Boolean verified;",
        "  double ratio;",
        "  Double weight;",
        "  float height;",
        "  Float factor;",
        "  BigDecimal balance;",
        "  @Column(precision = 10, scale = 0) BigDecimal credit;",
        "  LocalDate birthday;",
        "  LocalTime wakeUp;",
        "  LocalDateTime lastLogin;",
        "  OffsetDateTime createdAt;",
        "  Instant updatedAt;",
        "  byte[] avatar;",
        "  Role role;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    assertEquals(Map.of("user", "app.User"), snapshot.entities());
    Table user = snapshot.schema().table("user").orElseThrow();
    assertEquals(List.of(
        new Column("id", "uuid", false, null),
        new Column("name", "varchar(255)", true, null),
        new Column("email", "varchar(80)", true, null),
        new Column("login_count", "integer", false, null),
        new Column("age", "integer", true, null),
        new Column("visits", "bigint", false, null),
        new Column("score", "bigint", true, null),
        new Column("level", "smallint", false, null),
        new Column("rank", "smallint", true, null),
        new Column("active", "boolean", false, null),
        new Column("verified", "boolean", true, null),
        new Column("ratio", "double precision", false, null),
        new Column("weight", "double precision", true, null),
        new Column("height", "real", false, null),
        new Column("factor", "real", true, null),
        new Column("balance", "numeric(19,2)", true, null),
        new Column("credit", "numeric(10,0)", true, null),
        new Column("birthday", "date", true, null),
        new Column("wake_up", "time", true, null),
        new Column("last_login", "timestamp", true, null),
        new Column("created_at", "timestamptz", true, null),
        new Column("updated_at", "timestamptz", true, null),
        new Column("avatar", "bytea", true, null),
        new Column("role", "text", true, null)), user.columns());
    assertEquals(List.of("id"), user.primaryKey());
    assertEquals(List.of(), user.uniqueConstraints());
  }

  @Test
  void namesTablesAndColumns() {
    Compilation compilation = compile(
        source("app.HTTPRequest",
            "package app;",
            "import io.tracetrack.migrations.entity.*;",
            "@Entity public class HTTPRequest {",
            "  @Id long requestId;",
            "  @Column(name = \"remote\") String remoteAddress;",
            "}"),
        source("app.Account",
            "package app;",
            "import io.tracetrack.migrations.entity.*;",
            "@Entity(table = \"accounts\") public class Account {",
            "  @Id long id;",
            "  public static class Nested {}",
            "}"),
        source("app.Outer",
            "package app;",
            "import io.tracetrack.migrations.entity.*;",
            "public class Outer {",
            "  @Entity public static class InnerThing { @Id long id; }",
            "}"));

    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    assertEquals(Map.of("http_request", "app.HTTPRequest", "accounts", "app.Account",
        "inner_thing", "app.Outer.InnerThing"), snapshot.entities());
    assertEquals(List.of(new Column("request_id", "bigint", false, null, Column.BY_DEFAULT, null), new Column("remote", "varchar(255)", true, null)),
        snapshot.schema().table("http_request").orElseThrow().columns());
  }

  @Test
  void appliesNullableRulesUniqueAndServerDefaults() {
    Compilation compilation = compile(source("app.Item",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Item {",
        "  @Id @Column(nullable = true) String code;",
        "  @Id int version;",
        "  @Column(nullable = true) long count;",
        "  @Column(nullable = false) String title;",
        "  @Column(unique = true, serverDefault = \"'new'\") String status;",
        "  @Column(unique = true) String slug;",
        "  @Column(serverDefault = \"now()\") java.time.Instant created;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    Table item = snapshot(compilation).schema().table("item").orElseThrow();
    assertEquals(List.of(
        new Column("code", "varchar(255)", false, null),
        new Column("version", "integer", false, null),
        new Column("count", "bigint", false, null),
        new Column("title", "varchar(255)", false, null),
        new Column("status", "varchar(255)", true, "'new'"),
        new Column("slug", "varchar(255)", true, null),
        new Column("created", "timestamptz", true, "now()")), item.columns());
    assertEquals(List.of("code", "version"), item.primaryKey());
    assertEquals(List.of(
        new UniqueConstraint("item_slug_key", List.of("slug")),
        new UniqueConstraint("item_status_key", List.of("status"))), item.uniqueConstraints());
  }

  @Test
  void canonicalisesExplicitSqlTypes() {
    Compilation compilation = compile(source("app.Doc",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Doc {",
        "  @Id @Column(sqlType = \"INT4\") int id;",
        "  @Column(sqlType = \"Character  Varying (20)\") String title;",
        "  @Column(sqlType = \"jsonb\") Object body;",
        "  @Column(sqlType = \"text[]\") java.util.List<String> tags;",
        "  @Column(sqlType = \"TIMESTAMP WITH TIME ZONE\") java.time.Instant seen;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(
        new Column("id", "integer", false, null, Column.BY_DEFAULT, null),
        new Column("title", "varchar(20)", true, null),
        new Column("body", "jsonb", true, null),
        new Column("tags", "text[]", true, null),
        new Column("seen", "timestamptz", true, null)),
        snapshot(compilation).schema().table("doc").orElseThrow().columns());
  }

  @Test
  void skipsTransientAndStaticFields() {
    Compilation compilation = compile(source("app.Session",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Session {",
        "  static final long serialVersionUID = 1L;",
        "  static Object cache;",
        "  @Id long id;",
        "  transient Object lock;",
        "  @Transient Thread worker;",
        "  String token;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null), new Column("token", "varchar(255)", true, null)),
        snapshot(compilation).schema().table("session").orElseThrow().columns());
  }

  @Test
  void writesAnEmptySnapshotWithoutEntities() {
    Compilation compilation = compile(source("app.Plain",
        "package app;",
        "public class Plain { int x; }"));

    assertThat(compilation).succeededWithoutWarnings();
    Snapshot snapshot = snapshot(compilation);
    assertTrue(snapshot.schema().tables().isEmpty());
    assertTrue(snapshot.entities().isEmpty());
  }

  @Test
  void leavesEntityAnnotationsToLaterProcessors() {
    Recorder recorder = new Recorder();
    Compilation compilation = Compiler.javac().withProcessors(new EntityProcessor(), recorder).compile(
        source("app.Thing",
            "package app;",
            "import io.tracetrack.migrations.entity.*;",
            "@Entity public class Thing { @Id long id; }"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(java.util.Set.of("app.Thing"), recorder.seen);
  }

  @Test
  void reportsTwoEntitiesWithOneTable() {
    JavaFileObject second = source("app.Other",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity(table = \"person\")",
        "public class Other { @Id long id; }");
    Compilation compilation = compile(
        source("app.Person",
            "package app;",
            "import io.tracetrack.migrations.entity.*;",
            "@Entity public class Person { @Id long id; }"),
        second);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TracetrackDuplicateTable]")
        .inFile(second).onLineContaining("public class Other");
    assertThat(compilation).hadErrorContaining("app.Person").inFile(second).onLineContaining("public class Other");
  }

  @Test
  void reportsTwoFieldsWithOneColumn() {
    JavaFileObject file = source("app.Person",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Person {",
        "  @Id long id;",
        "  String lastLogin;",
        "  String last_login;",
        "}");
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[TracetrackDuplicateColumn] Field last_login")
        .inFile(file).onLineContaining("String last_login;");
    assertThat(compilation).hadErrorContaining("as field lastLogin").inFile(file).onLineContaining("String last_login;");
  }

  @Test
  void reportsAnEntityWithoutPrimaryKey() {
    JavaFileObject file = source("app.Log",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity",
        "public class Log { String line; }");
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorContaining("[TracetrackNoPrimaryKey]").inFile(file).onLineContaining("public class Log");
  }

  @Test
  void reportsUnmappedTypesAndKeepsGoing() {
    JavaFileObject bad = source("app.Bad",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Bad {",
        "  @Id long id;",
        "  java.util.Map<String, String> tags;",
        "  char initial;",
        "}");
    JavaFileObject unnamed = source("app.Log",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Log { String line; }");
    Compilation compilation = compile(bad, unnamed);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[TracetrackUnmappedType] Field tags has type java.util.Map<java.lang.String,java.lang.String>")
        .inFile(bad).onLineContaining("tags;");
    assertThat(compilation).hadErrorContaining("@Column(sqlType = \"...\") or mark it @Transient")
        .inFile(bad).onLineContaining("tags;");
    assertThat(compilation).hadErrorContaining("[TracetrackUnmappedType] Field initial has type char")
        .inFile(bad).onLineContaining("char initial;");
    assertThat(compilation).hadErrorContaining("[TracetrackNoPrimaryKey]").inFile(unnamed).onLineContaining("class Log");
  }

  @Test
  void reportsEntitiesThatAreNotClasses() {
    JavaFileObject iface = source("app.Shape",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public interface Shape {}");
    JavaFileObject enumType = source("app.Color",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public enum Color { RED }");
    JavaFileObject record = source("app.Point",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public record Point(@Id int x, int y) {}");
    JavaFileObject annotation = source("app.Marker",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public @interface Marker {}");
    Compilation compilation = compile(iface, enumType, record, annotation);

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[TracetrackNotAClass]").inFile(iface).onLineContaining("interface Shape");
    assertThat(compilation).hadErrorContaining("[TracetrackNotAClass]").inFile(enumType).onLineContaining("enum Color");
    assertThat(compilation).hadErrorContaining("[TracetrackNotAClass]").inFile(record).onLineContaining("record Point");
    assertThat(compilation).hadErrorContaining("app.Marker is an annotation type")
        .inFile(annotation).onLineContaining("@interface Marker");
  }

  @Test
  void reportsInvalidSizes() {
    JavaFileObject file = source("app.Sizes",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "import java.math.BigDecimal;",
        "@Entity public class Sizes {",
        "  @Id long id;",
        "  @Column(length = 0) String empty;",
        "  @Column(precision = 0, scale = 0) BigDecimal noDigits;",
        "  @Column(scale = -1) BigDecimal negative;",
        "  @Column(precision = 4, scale = 5) BigDecimal tooFine;",
        "  @Column(precision = 5, scale = 5) BigDecimal fine;",
        "}");
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidColumnSize] Field empty: @Column length")
        .inFile(file).onLineContaining("String empty;");
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidColumnSize] Field noDigits: @Column precision")
        .inFile(file).onLineContaining("noDigits;");
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidColumnSize] Field negative: @Column scale")
        .inFile(file).onLineContaining("negative;");
    assertThat(compilation).hadErrorContaining("[TracetrackInvalidColumnSize] Field tooFine: @Column scale")
        .inFile(file).onLineContaining("tooFine;");
  }

  @Test
  void reportsInvalidSqlTypes() {
    JavaFileObject file = source("app.Raw",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Raw {",
        "  @Id long id;",
        "  @Column(sqlType = \"text; drop table raw\") String text;",
        "}");
    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorContaining("[TracetrackInvalidSqlType]").inFile(file).onLineContaining("String text;");
  }

  @Test
  void keepsGoodEntitiesNextToFaultyOnesInOneCompilation() {
    JavaFileObject bad = source("app.Bad",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Bad { @Id Thread t; }");
    JavaFileObject clash = source("app.Clash",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity(table = \"good\") public class Clash { @Id long id; }");
    Compilation compilation = compile(source("app.Good",
        "package app;",
        "import io.tracetrack.migrations.entity.*;",
        "@Entity public class Good { @Id long id; }"), bad, clash);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[TracetrackUnmappedType]").inFile(bad).onLineContaining("Thread t");
    assertThat(compilation).hadErrorContaining("[TracetrackDuplicateTable]").inFile(clash).onLineContaining("class Clash");
  }

  @Test
  void waitsForTypesThatAnotherProcessorGenerates() {
    Compilation compilation = Compiler.javac().withProcessors(new EntityProcessor(), new StatusGenerator()).compile(
        source("app.Ticket",
            "package app;",
            "import io.tracetrack.migrations.entity.*;",
            "@Entity public class Ticket { @Id long id; Status status; }"));

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, null), new Column("status", "text", true, null)),
        snapshot(compilation).schema().table("ticket").orElseThrow().columns());
  }

  /** Generates the enum {@code app.Status} in the first round. */
  @SupportedAnnotationTypes("*")
  private static final class StatusGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (java.io.Writer out = processingEnv.getFiler().createSourceFile("app.Status").openWriter()) {
          out.write("package app; public enum Status { OPEN, CLOSED }\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** A processor after ours, to show that ours claims nothing. */
  @SupportedAnnotationTypes("io.tracetrack.migrations.entity.Entity")
  private static final class Recorder extends AbstractProcessor {
    final Set<String> seen = new HashSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
          seen.add(type.getQualifiedName().toString());
        }
      }
      return true;
    }
  }

  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new EntityProcessor()).compile(sources);
  }

  static String snapshotText(Compilation compilation) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", Snapshot.RESOURCE)
        .orElseThrow(() -> new AssertionError("no " + Snapshot.RESOURCE + " was written"));
    try (InputStream in = file.openInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The snapshot a compilation wrote; an assertion error when it wrote none. */
  static Snapshot snapshot(Compilation compilation) {
    return Snapshot.read(new java.io.ByteArrayInputStream(snapshotText(compilation).getBytes(StandardCharsets.UTF_8)),
        Snapshot.RESOURCE);
  }
}
