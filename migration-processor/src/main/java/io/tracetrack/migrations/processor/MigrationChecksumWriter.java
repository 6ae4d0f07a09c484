package io.tracetrack.migrations.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Stores the checksum of each migration class compiled, computed from its source ({@link
 * MigrationChecksum}), beside the class in the class output, so it travels in the jar and never
 * depends on what the migration computes when it runs.
 */
final class MigrationChecksumWriter {
  private final ProcessingEnvironment environment;
  private final Trees trees;

  MigrationChecksumWriter(ProcessingEnvironment environment) {
    this.environment = environment;
    this.trees = treesOf(environment);
  }

  /**
   * Writes the checksum of each of a round's {@link Revision} classes compiled from source, and
   * returns them by class (a null checksum where the compiler is not javac: the engine then reads
   * the source file).
   */
  Map<TypeElement, String> write(List<TypeElement> revisions) {
    Map<TypeElement, String> written = new LinkedHashMap<>();
    for (TypeElement type : revisions) {
      TreePath path = trees == null ? null : trees.getPath(type);
      if (trees != null && path == null) {
        continue; // read from a class file, not compiled now
      }
      written.put(type, path == null ? null : write(type, path));
    }
    return written;
  }

  private String write(TypeElement type, TreePath path) {
    Revision revision = type.getAnnotation(Revision.class);
    String binaryName = environment.getElementUtils().getBinaryName(type).toString();
    try {
      CompilationUnitTree unit = path.getCompilationUnit();
      String checksum = MigrationChecksum.ofSource(unit.getSourceFile().getCharContent(true), revision.id(),
          Arrays.asList(revision.revises()), revision.transactional());
      ResourceOutput.writeIfChanged(environment.getFiler(), MigrationChecksum.resourceName(binaryName),
          checksum.getBytes(StandardCharsets.UTF_8), type);
      return checksum;
    } catch (IOException e) {
      environment.getMessager().printMessage(Diagnostic.Kind.ERROR, "[TracetrackWriteFailed] Cannot write the"
          + " checksum of migration " + binaryName + ": " + e.getMessage(), type);
      return null;
    }
  }

  private static Trees treesOf(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
