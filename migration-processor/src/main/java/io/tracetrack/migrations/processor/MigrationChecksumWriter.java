package io.tracetrack.migrations.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.loader.MigrationChecksum;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

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

  /** Writes the checksum of every {@link Revision} class of the round. */
  void write(RoundEnvironment round) {
    if (trees == null) {
      return; // not javac: the engine falls back to reading the source file
    }
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(Revision.class))) {
      TreePath path = trees.getPath(type);
      if (path == null) {
        continue; // read from a class file, not compiled now
      }
      Revision revision = type.getAnnotation(Revision.class);
      String binaryName = environment.getElementUtils().getBinaryName(type).toString();
      try {
        CompilationUnitTree unit = path.getCompilationUnit();
        String checksum = MigrationChecksum.ofSource(unit.getSourceFile().getCharContent(true), revision.id(),
            Arrays.asList(revision.revises()), revision.transactional());
        FileObject file = environment.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
            MigrationChecksum.resourceName(binaryName), type);
        try (Writer out = file.openWriter()) {
          out.write(checksum);
        }
      } catch (IOException e) {
        environment.getMessager().printMessage(Diagnostic.Kind.ERROR, "[TracetrackWriteFailed] Cannot write the"
            + " checksum of migration " + binaryName + ": " + e.getMessage(), type);
      }
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
