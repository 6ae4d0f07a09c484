package io.tracetrack.migrations.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Writes a resource to the class output only when its bytes change, so an unchanged snapshot,
 * index or checksum keeps its file (and its time stamp) from one compilation to the next.
 */
final class ResourceOutput {

  private ResourceOutput() {}

  /** What the class output holds under {@code name}, or null when there is nothing (or it cannot be read). */
  static byte[] read(Filer filer, String name) {
    return read(filer, StandardLocation.CLASS_OUTPUT, name);
  }

  /** The first resource named {@code name} in a location (the class path: its first entry that has one), or null. */
  static byte[] read(Filer filer, JavaFileManager.Location location, String name) {
    try {
      FileObject file = filer.getResource(location, "", name);
      try (InputStream in = file.openInputStream()) {
        return in.readAllBytes();
      }
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Writes {@code bytes} under {@code name} unless the file already holds exactly them. */
  static void writeIfChanged(Filer filer, String name, byte[] bytes, Element... originatingElements)
      throws IOException {
    if (Arrays.equals(read(filer, name), bytes)) {
      return;
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name, originatingElements);
    try (OutputStream out = file.openOutputStream()) {
      out.write(bytes);
    }
  }
}
