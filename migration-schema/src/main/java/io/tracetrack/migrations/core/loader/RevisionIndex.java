package io.tracetrack.migrations.core.loader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the annotation processor knew about one package's migrations when it compiled them: every
 * top-level class of the package, and for each migration class its revision, parents and
 * checksum. With it, the engine builds the revision graph and verifies applied checksums without
 * loading a single migration class; it loads one only to run it.
 *
 * @param classes every top-level class of the package the processor saw (migrations and others),
 *     by simple name, sorted: the engine trusts the index only when the package holds exactly these
 * @param revisions the migration classes among them, sorted by class
 */
public record RevisionIndex(Set<String> classes, List<Entry> revisions) {
  private static final String RESOURCE_DIRECTORY = "META-INF/tracetrack/revisions/";
  /** Reading streams tokens: a goal that only reads the index loads none of Jackson's data binding. */
  private static final JsonFactory JSON = new JsonFactory();

  /**
   * One migration class.
   *
   * @param className the simple name
   * @param checksum the {@link MigrationChecksum} of its source; null when the compiler gave no
   *     source tree to hash
   */
  public record Entry(String className, String id, List<String> revises, String message, String createDate,
      boolean transactional, String checksum) {
    public Entry {
      Objects.requireNonNull(className, "className == null");
      Objects.requireNonNull(id, "id == null");
      revises = List.copyOf(revises);
    }
  }

  public RevisionIndex {
    classes = new TreeSet<>(classes);
    revisions = revisions.stream().sorted(Comparator.comparing(Entry::className)).toList();
  }

  /** Where the index of {@code packageName} is kept in the class output (and so in the jar). */
  public static String resourceName(String packageName) {
    return RESOURCE_DIRECTORY + packageName + ".json";
  }

  /** Compact JSON, the same bytes for the same content. */
  public byte[] toJson() {
    try {
      return Writer.JSON.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The processor's writer, made only where an index is written. */
  private static final class Writer {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /**
   * Reads an index; an {@link IOException} naming {@code origin} when it is not one. Fields it does
   * not know are passed over, so that an index written by a later version still reads.
   */
  public static RevisionIndex read(InputStream in, String origin) throws IOException {
    try (JsonParser json = JSON.createParser(in)) {
      expect(json, json.nextToken(), JsonToken.START_OBJECT);
      Set<String> classes = null;
      List<Entry> revisions = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "classes" -> classes = value == JsonToken.VALUE_NULL ? null : new TreeSet<>(strings(json));
          case "revisions" -> revisions = value == JsonToken.VALUE_NULL ? null : entries(json);
          default -> json.skipChildren();
        }
      }
      if (classes == null || revisions == null) {
        throw new IOException("missing classes or revisions");
      }
      return new RevisionIndex(classes, revisions);
    } catch (IOException | RuntimeException e) {
      throw new IOException("Cannot read the revision index " + origin + ": " + e.getMessage(), e);
    }
  }

  private static List<Entry> entries(JsonParser json) throws IOException {
    expect(json, json.currentToken(), JsonToken.START_ARRAY);
    List<Entry> entries = new ArrayList<>();
    while (json.nextToken() != JsonToken.END_ARRAY) {
      expect(json, json.currentToken(), JsonToken.START_OBJECT);
      String className = null;
      String id = null;
      List<String> revises = null;
      String message = null;
      String createDate = null;
      boolean transactional = false;
      String checksum = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        switch (field) {
          case "className" -> className = string(json);
          case "id" -> id = string(json);
          case "revises" -> revises = value == JsonToken.VALUE_NULL ? null : strings(json);
          case "message" -> message = string(json);
          case "createDate" -> createDate = string(json);
          case "transactional" -> transactional = json.getValueAsBoolean();
          case "checksum" -> checksum = string(json);
          default -> json.skipChildren();
        }
      }
      entries.add(new Entry(className, id, revises, message, createDate, transactional, checksum));
    }
    return entries;
  }

  private static List<String> strings(JsonParser json) throws IOException {
    expect(json, json.currentToken(), JsonToken.START_ARRAY);
    List<String> strings = new ArrayList<>();
    while (json.nextToken() != JsonToken.END_ARRAY) {
      strings.add(string(json));
    }
    return strings;
  }

  /** The current string value, or null for a JSON null. */
  private static String string(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(json, token, JsonToken.VALUE_STRING);
    return json.getText();
  }

  private static void expect(JsonParser json, JsonToken found, JsonToken wanted) throws IOException {
    if (found != wanted) {
      throw new IOException("expected " + wanted + " but found " + found + " at line "
          + json.currentLocation().getLineNr() + ", column " + json.currentLocation().getColumnNr());
    }
  }

  /** This index with {@code replaced} classes dropped and {@code fresh} entries and class names added. */
  public RevisionIndex merge(Set<String> replaced, Set<String> freshClasses, List<Entry> fresh) {
    Set<String> names = new TreeSet<>(classes);
    names.removeAll(replaced);
    names.addAll(freshClasses);
    List<Entry> entries = new ArrayList<>();
    revisions.stream().filter(e -> !replaced.contains(e.className())).forEach(entries::add);
    entries.addAll(fresh);
    return new RevisionIndex(names, entries);
  }
}
