package io.tracetrack.migrations.maven.workspace;

import io.tracetrack.migrations.core.MigrationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides, when a goal runs over every module of a build ({@code mvn tracetrack:migrate} from the
 * root), which modules it works in: never one whose packaging is {@code pom}; otherwise one that
 * holds the migrations package under its sources or names the plugin in its own POM. {@code init},
 * which creates the package, works in a module that names the plugin, or in a build of one module.
 */
public final class ModuleSelection {
  private final String migrationsPackage;
  private final boolean creating;
  private final int modulesInBuild;

  private ModuleSelection(String migrationsPackage, boolean creating, int modulesInBuild) {
    this.migrationsPackage = Objects.requireNonNull(migrationsPackage, "migrationsPackage == null");
    this.creating = creating;
    this.modulesInBuild = modulesInBuild;
  }

  /** For the goals that work on existing migrations. */
  public static ModuleSelection forMigrations(String migrationsPackage) {
    return new ModuleSelection(migrationsPackage, false, 0);
  }

  /** For {@code init}, which creates the migrations package. */
  public static ModuleSelection forInit(String migrationsPackage, int modulesInBuild) {
    return new ModuleSelection(migrationsPackage, true, modulesInBuild);
  }

  /** Why the goal skips this module, as one line for the log; empty when it runs there. */
  public Optional<String> skipReason(Module module) {
    if ("pom".equals(module.packaging())) {
      return Optional.of("packaging pom");
    }
    if (creating) {
      return modulesInBuild > 1 && !module.declaresPlugin()
          ? Optional.of("no migration-maven-plugin in its POM")
          : Optional.empty();
    }
    if (!module.holdsPackage(migrationsPackage) && !module.declaresPlugin()) {
      return Optional.of("no package " + migrationsPackage + " in its sources and no migration-maven-plugin in its POM");
    }
    return Optional.empty();
  }

  /**
   * Fails when the goal skipped every module of the build, so that a mistyped package or a goal run
   * from the wrong folder does not end in a silent success.
   *
   * @param goal the goal, for the message ({@code tracetrack:migrate})
   */
  public void requireOne(List<Module> modules, String goal) {
    if (modules.stream().anyMatch(m -> skipReason(m).isEmpty())) {
      return;
    }
    String names = modules.stream().map(Module::name).collect(Collectors.joining(", "));
    if (creating) {
      throw new MigrationException("No module of this build (" + names + ") names migration-maven-plugin in its"
          + " POM's <build><plugins>, so " + goal + " created no migrations package. Declare the plugin in the"
          + " module that should hold the migrations and run " + goal + " there.");
    }
    throw new MigrationException("No module of this build (" + names + ") holds the migrations package "
        + migrationsPackage + " in its sources or names migration-maven-plugin in its POM, so " + goal
        + " did nothing. Run it from the root of the build or in the module that holds the migrations; in a new"
        + " project run mvn tracetrack:init in that module first; or set migrationsPackage"
        + " (tracetrack.migrationsPackage) to the package that holds them.");
  }
}
