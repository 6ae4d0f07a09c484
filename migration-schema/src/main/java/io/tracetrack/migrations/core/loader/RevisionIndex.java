package io.tracetrack.migrations.core.loader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
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
  // Streamed both ways, field by field: every goal reads the index in a fresh JVM.
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

  /** Compact JSON, the same bytes for the same content; every field written, null or not. */
  public byte[] toJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeArrayFieldStart("classes");
      for (String name : classes) {
        json.writeString(name);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("revisions");
      for (Entry entry : revisions) {
        json.writeStartObject();
        json.writeStringField("className", entry.className());
        json.writeStringField("id", entry.id());
        json.writeArrayFieldStart("revises");
        for (String parent : entry.revises()) {
          json.writeString(parent);
        }
        json.writeEndArray();
        json.writeStringField("message", entry.message());
        json.writeStringField("createDate", entry.createDate());
        json.writeBooleanField("transactional", entry.transactional());
        json.writeStringField("checksum", entry.checksum());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Reads an index; an {@link IOException} naming {@code origin} when it is not one. Fields this
   * version does not know are passed over, so a newer processor's index still reads.
   */
  public static RevisionIndex read(InputStream in, String origin) throws IOException {
    try (JsonParser json = JSON.createParser(in)) {
      expect(json.nextToken(), JsonToken.START_OBJECT, "the index");
      Set<String> classes = null;
      List<Entry> revisions = null;
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("classes") && value != JsonToken.VALUE_NULL) {
          classes = new TreeSet<>(strings(json, "\"classes\""));
        } else if (field.equals("revisions") && value != JsonToken.VALUE_NULL) {
          expect(value, JsonToken.START_ARRAY, "\"revisions\"");
          revisions = new ArrayList<>();
          while (json.nextToken() != JsonToken.END_ARRAY) {
            revisions.add(entry(json));
          }
        } else {
          json.skipChildren();
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

  private static Entry entry(JsonParser json) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of \"revisions\"");
    String className = null;
    String id = null;
    List<String> revises = null;
    String message = null;
    String createDate = null;
    boolean transactional = false;
    String checksum = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      switch (field) {
        case "className" -> className = string(json, field);
        case "id" -> id = string(json, field);
        case "revises" -> revises = json.currentToken() == JsonToken.VALUE_NULL ? null : strings(json, "\"revises\"");
        case "message" -> message = string(json, field);
        case "createDate" -> createDate = string(json, field);
        case "transactional" -> transactional = flag(json);
        case "checksum" -> checksum = string(json, field);
        default -> json.skipChildren();
      }
    }
    if (revises == null) {
      throw new IOException("revision " + id + " has no \"revises\"");
    }
    return new Entry(className, id, revises, message, createDate, transactional, checksum);
  }

  private static List<String> strings(JsonParser json, String what) throws IOException {
    expect(json.currentToken(), JsonToken.START_ARRAY, what);
    List<String> values = new ArrayList<>();
    while (json.nextToken() != JsonToken.END_ARRAY) {
      values.add(string(json, what));
    }
    return values;
  }

  private static String string(JsonParser json, String what) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw new IOException(what + " must be a string, not " + token + " at line " + json.currentLocation().getLineNr());
    }
    return json.getText();
  }

  private static boolean flag(JsonParser json) throws IOException {
    JsonToken token = json.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw new IOException("\"transactional\" must be true or false, not " + token + " at line "
          + json.currentLocation().getLineNr());
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static void expect(JsonToken token, JsonToken wanted, String what) throws IOException {
    if (token != wanted) {
      throw new IOException(what + " must be " + (wanted == JsonToken.START_OBJECT ? "an object" : "a list") + ", not "
          + token);
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
