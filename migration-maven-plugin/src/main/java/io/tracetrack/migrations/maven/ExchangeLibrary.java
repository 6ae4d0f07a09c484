package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.exchange.HistoryExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    List<Path> jars;
    try {
      jars = artifacts.withDependencies(coordinates, pluginArtifacts());
    } catch (DependencyResolutionException e) {
      throw new MigrationException("Cannot resolve " + coordinates + ", which " + goal
          + " needs (it reads and writes Liquibase and Flyway histories): " + e.getMessage(), e);
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls(jars), getClass().getClassLoader())) {
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

  private Set<String> pluginArtifacts() {
    return plugin.getArtifacts().stream()
        .map(artifact -> PluginArtifacts.key(artifact.getGroupId(), artifact.getArtifactId()))
        .collect(Collectors.toSet());
  }

  private static URL[] urls(List<Path> jars) {
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(jars.get(i).toString(), e);
      }
    }
    return urls;
  }
}
