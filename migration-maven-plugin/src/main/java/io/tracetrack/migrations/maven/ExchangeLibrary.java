package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.exchange.HistoryExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * migration-import (Liquibase, Flyway and what they need), which only the import and changelog
 * goals use: it is not a dependency of the plugin, so Maven does not load it for every goal. It is
 * resolved at the plugin's own version when such a goal runs, loaded in a class loader under the
 * plugin's (which keeps the engine's types one and the same), and called through {@link HistoryExchange}.
 */
final class ExchangeLibrary {
  static final String ARTIFACT_ID = "migration-import";

  private final PluginArtifacts artifacts;
  private final PluginDescriptor plugin;

  ExchangeLibrary(PluginArtifacts artifacts, PluginDescriptor plugin) {
    this.artifacts = artifacts;
    this.plugin = plugin;
  }

  /** Runs {@code action} with the library loaded; {@code goal} names who needed it in an error. */
  <T> T call(String goal, Function<HistoryExchange, T> action) {
    String coordinates = plugin.getGroupId() + ":" + ARTIFACT_ID + ":" + plugin.getVersion();
    List<URL> jars;
    try {
      jars = artifacts.classPath(coordinates);
    } catch (DependencyResolutionException e) {
      throw new MigrationException("Cannot resolve " + coordinates + ", which " + goal
          + " needs (it reads and writes Liquibase and Flyway histories): " + e.getMessage(), e);
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), getClass().getClassLoader())) {
      HistoryExchange exchange = ServiceLoader.load(HistoryExchange.class, loader).findFirst()
          .orElseThrow(() -> new IllegalStateException(coordinates + " registers no " + HistoryExchange.class.getName()));
      // Liquibase and Flyway find their own services (change types, database support) through the
      // context class loader.
      thread.setContextClassLoader(loader);
      return action.apply(exchange);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the class loader of " + coordinates, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
