package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.loader.RevisionIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Collects, across rounds, the classes compiled in each package and the migrations among them,
 * and writes each migrations package's {@link RevisionIndex} in the final round. Classes of an
 * earlier compilation that this one did not compile keep their entries while their class still
 * exists, so compiling a few sources (an IDE, javac on changed files) keeps the index whole.
 */
final class RevisionIndexWriter {
  private final ProcessingEnvironment environment;
  private final Map<String, Set<String>> compiledClasses = new TreeMap<>();
  private final Map<String, List<RevisionIndex.Entry>> compiledRevisions = new TreeMap<>();

  RevisionIndexWriter(ProcessingEnvironment environment) {
    this.environment = environment;
  }

  /** Notes a round's top-level classes, and its migrations with their checksums. */
  void collect(Set<? extends Element> rootElements, Map<TypeElement, String> checksums) {
    for (Element root : rootElements) {
      if (root instanceof TypeElement type && type.getEnclosingElement() instanceof PackageElement pkg) {
        compiledClasses.computeIfAbsent(pkg.getQualifiedName().toString(), p -> new TreeSet<>())
            .add(type.getSimpleName().toString());
      }
    }
    checksums.forEach((type, checksum) -> {
      if (!(type.getEnclosingElement() instanceof PackageElement pkg)) {
        return; // a nested class: the engine finds top-level migrations only
      }
      Revision revision = type.getAnnotation(Revision.class);
      compiledRevisions.computeIfAbsent(pkg.getQualifiedName().toString(), p -> new ArrayList<>())
          .add(new RevisionIndex.Entry(type.getSimpleName().toString(), revision.id(),
              Arrays.asList(revision.revises()), revision.message(), revision.createDate(), revision.transactional(),
              checksum));
    });
  }

  /** Writes the index of each package that has migrations now or had an index before. */
  void write() {
    compiledClasses.forEach((packageName, compiled) -> {
      String name = RevisionIndex.resourceName(packageName);
      RevisionIndex previous = previous(name);
      List<RevisionIndex.Entry> fresh = compiledRevisions.getOrDefault(packageName, List.of());
      if (previous == null && fresh.isEmpty()) {
        return;
      }
      if (previous == null) {
        previous = new RevisionIndex(Set.of(), List.of());
      }
      Set<String> replaced = new TreeSet<>(compiled);
      for (String kept : previous.classes()) {
        if (environment.getElementUtils().getTypeElement(packageName + "." + kept) == null) {
          replaced.add(kept); // its class is gone
        }
      }
      RevisionIndex index = previous.merge(replaced, compiled, fresh);
      try {
        ResourceOutput.writeIfChanged(environment.getFiler(), name, index.toJson());
      } catch (IOException e) {
        environment.getMessager().printMessage(Diagnostic.Kind.ERROR,
            "[TracetrackWriteFailed] Cannot write " + name + ": " + e.getMessage());
      }
    });
  }

  private RevisionIndex previous(String name) {
    byte[] bytes = ResourceOutput.read(environment.getFiler(), name);
    if (bytes == null) {
      return null;
    }
    try {
      return RevisionIndex.read(new ByteArrayInputStream(bytes), name);
    } catch (IOException e) {
      environment.getMessager().printMessage(Diagnostic.Kind.NOTE, "Rewriting the revision index: " + e.getMessage());
      return null;
    }
  }
}
