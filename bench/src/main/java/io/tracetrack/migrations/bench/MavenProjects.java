package io.tracetrack.migrations.bench;

import io.tracetrack.migrations.core.loader.LoadedMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Maven projects {@link MavenBench} runs real {@code mvn} in: entities in {@code bench.model}
 * (written by {@link ProcessorBench#entities}), migrations in {@code bench.migrations}, our plugin
 * and processor at the version under test, and for the apply workload Flyway's and Liquibase's
 * plugins over the same statements.
 */
final class MavenProjects {
  static final String MIGRATIONS = "bench.migrations";
  private static final String FLYWAY_VERSION = "13.12.0";
  private static final String LIQUIBASE_VERSION = "4.33.0";
  private static final String POSTGRESQL_VERSION = "42.7.8";

  private MavenProjects() {}

  /** A project of {@code count} entities of twenty columns, no migration yet. */
  static Path entities(Path dir, int count, String version) throws Exception {
    writePom(dir, "entities" + count, version, "");
    ProcessorBench.entities(count, dir.resolve("src/main/java"));
    return dir;
  }

  /**
   * A project of {@code migrations.size()} migration classes, each the Java form of one of {@link
   * ApplyBench#workload}, with the same statements as Flyway files and a Liquibase changelog;
   * returns the statements, one list per migration.
   */
  static List<List<String>> apply(Path dir, List<LoadedMigration> migrations, String version) throws Exception {
    writePom(dir, "w" + migrations.size(), version, peerPlugins());
    Path sources = Files.createDirectories(dir.resolve("src/main/java/" + MIGRATIONS.replace('.', '/')));
    List<List<String>> statements = new ArrayList<>();
    for (int i = 0; i < migrations.size(); i++) {
      Files.writeString(sources.resolve(className(i) + ".java"), migrationSource(i));
      List<String> step = new ArrayList<>();
      migrations.get(i).upgradeOperations().forEach(operation -> step.addAll(operation.statements()));
      statements.add(step);
    }
    PeerEngines.write(statements, dir.resolve("peers"));
    return statements;
  }

  static String className(int i) {
    return String.format("M%05d_CreateT%d", i, i);
  }

  /** The same calls as {@link ApplyBench#workload}'s migration {@code i}, as a user would write them. */
  private static String migrationSource(int i) {
    String table = "t" + i;
    String id = String.format("%012x", i + 1);
    String parent = String.format("%012x", i);
    return "package " + MIGRATIONS + ";\n\n"
        + "import static io.tracetrack.migrations.ColumnDef.column;\n\n"
        + "import io.tracetrack.migrations.*;\n\n"
        + "@Revision(id = \"" + id + "\"" + (i == 0 ? "" : ", revises = \"" + parent + "\"")
        + ", message = \"Create " + table + "\")\n"
        + "public final class " + className(i) + " implements Migration {\n"
        + "  @Override\n  public void upgrade(Operations op) {\n"
        + "    op.createTable(\"" + table + "\", column(\"id\", \"bigint\").primaryKey(), column(\"parent_id\", \"bigint\"),\n"
        + "        column(\"name\", \"varchar(100)\").notNull(), column(\"code\", \"varchar(20)\"),\n"
        + "        column(\"amount\", \"numeric(12,2)\"), column(\"active\", \"boolean\").notNull().serverDefault(\"true\"),\n"
        + "        column(\"created_at\", \"timestamptz\"), column(\"note\", \"text\"), column(\"rank\", \"integer\"),\n"
        + "        column(\"ref\", \"uuid\"));\n"
        + "    op.createIndex(\"" + table + "\", IndexDef.index(\"ix_" + table + "_name\", \"name\"));\n"
        + (i == 0 ? "" : "    op.addForeignKey(\"" + table + "\", ForeignKeyDef.foreignKey(\"fk_" + table
            + "_parent\", \"parent_id\").references(\"t" + (i - 1) + "\", \"id\"));\n")
        + "  }\n\n"
        + "  @Override\n  public void downgrade(Operations op) {\n    op.dropTable(\"" + table + "\");\n  }\n"
        + "}\n";
  }

  private static void writePom(Path dir, String artifact, String version, String morePlugins) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>%s</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.tracetrack</groupId>
              <artifactId>migration-annotations</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.13.0</version>
                <configuration>
                  <annotationProcessorPaths>
                    <path>
                      <groupId>io.tracetrack</groupId>
                      <artifactId>migration-processor</artifactId>
                      <version>%s</version>
                    </path>
                  </annotationProcessorPaths>
                </configuration>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
              <plugin>
                <groupId>io.tracetrack</groupId>
                <artifactId>migration-maven-plugin</artifactId>
                <version>%s</version>
                <configuration>
                  <migrationsPackage>%s</migrationsPackage>
                </configuration>
              </plugin>%s
            </plugins>
          </build>
        </project>
        """.formatted(artifact, version, version, version, MIGRATIONS, morePlugins));
  }

  /** Flyway's and Liquibase's Maven plugins, reading the files {@link PeerEngines#write} leaves under {@code peers}. */
  private static String peerPlugins() {
    return """

              <plugin>
                <groupId>org.flywaydb</groupId>
                <artifactId>flyway-maven-plugin</artifactId>
                <version>%1$s</version>
                <configuration>
                  <locations>
                    <location>filesystem:${project.basedir}/peers/flyway</location>
                  </locations>
                </configuration>
                <dependencies>
                  <dependency>
                    <groupId>org.flywaydb</groupId>
                    <artifactId>flyway-database-postgresql</artifactId>
                    <version>%1$s</version>
                  </dependency>
                  <dependency>
                    <groupId>org.postgresql</groupId>
                    <artifactId>postgresql</artifactId>
                    <version>%3$s</version>
                  </dependency>
                </dependencies>
              </plugin>
              <plugin>
                <groupId>org.liquibase</groupId>
                <artifactId>liquibase-maven-plugin</artifactId>
                <version>%2$s</version>
                <configuration>
                  <changeLogFile>changelog.sql</changeLogFile>
                  <searchPath>${project.basedir}/peers/liquibase</searchPath>
                  <showSummary>OFF</showSummary>
                </configuration>
                <dependencies>
                  <dependency>
                    <groupId>org.postgresql</groupId>
                    <artifactId>postgresql</artifactId>
                    <version>%3$s</version>
                  </dependency>
                </dependencies>
              </plugin>""".formatted(FLYWAY_VERSION, LIQUIBASE_VERSION, POSTGRESQL_VERSION);
  }
}
