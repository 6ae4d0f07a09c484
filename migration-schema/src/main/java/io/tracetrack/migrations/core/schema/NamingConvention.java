package io.tracetrack.migrations.core.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The default names of constraints and indexes, so that the same entities always give the same
 * names and a rename can carry them along. {@code <table>} is the table's name without its schema;
 * {@code <cols>} the column names joined with {@code _}.
 *
 * <table>
 *   <caption>Default names</caption>
 *   <tr><th>element</th><th>name</th></tr>
 *   <tr><td>primary key</td><td>{@code <table>_pkey} (PostgreSQL's own)</td></tr>
 *   <tr><td>unique column ({@code @Column(unique = true)})</td><td>{@code <table>_<column>_key} (PostgreSQL's own)</td></tr>
 *   <tr><td>unique constraint</td><td>{@code uq_<table>_<cols>}</td></tr>
 *   <tr><td>index</td><td>{@code ix_<table>_<cols>}</td></tr>
 *   <tr><td>foreign key</td><td>{@code fk_<table>_<cols>_<referenced table>}</td></tr>
 *   <tr><td>check constraint</td><td>{@code ck_<table>_<name>}</td></tr>
 *   <tr><td>enum stored as checked text</td><td>{@code ck_<table>_<column>}</td></tr>
 * </table>
 *
 * <p>PostgreSQL cuts names at 63 bytes; a longer name keeps its first 54 bytes and ends with
 * {@code _} and 8 hex digits of its SHA-256, so it stays unique and stable.
 */
public final class NamingConvention {
  /** PostgreSQL's NAMEDATALEN - 1. */
  public static final int MAX_NAME_BYTES = 63;

  private NamingConvention() {}

  public static String primaryKey(String table) {
    return fit(Table.localName(table) + "_pkey");
  }

  /**
   * Whether {@code name} is {@link #primaryKey} of {@code table}, built only when it may be: a name
   * that {@link #fit} kept ends with {@code _pkey}, one it shortened with 8 hex digits (which never
   * spell {@code pkey}).
   */
  public static boolean isPrimaryKey(String table, String name) {
    if (name.endsWith("_pkey")) {
      int start = table.indexOf('.') + 1;
      int length = table.length() - start;
      return name.length() == length + 5 && name.regionMatches(0, table, start, length) && fits(name);
    }
    return name.length() > 9 && name.charAt(name.length() - 9) == '_' && primaryKey(table).equals(name);
  }

  private static boolean fits(String name) {
    return name.length() * 3 <= MAX_NAME_BYTES || name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
  }

  public static String uniqueColumn(String table, String column) {
    return fit(Table.localName(table) + "_" + column + "_key");
  }

  public static String unique(String table, List<String> columns) {
    return fit("uq_" + Table.localName(table) + "_" + String.join("_", columns));
  }

  public static String index(String table, List<String> columns) {
    return fit("ix_" + Table.localName(table) + "_" + String.join("_", columns));
  }

  public static String foreignKey(String table, List<String> columns, String referencedTable) {
    return fit("fk_" + Table.localName(table) + "_" + String.join("_", columns) + "_" + Table.localName(referencedTable));
  }

  public static String check(String table, String name) {
    return fit("ck_" + Table.localName(table) + "_" + name);
  }

  /** A name as PostgreSQL will keep it: at most 63 bytes, long names shortened with a hash suffix. */
  public static String fit(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_NAME_BYTES) {
      return name;
    }
    String hash;
    try {
      hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder prefix = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > MAX_NAME_BYTES - 9) {
        break;
      }
      prefix.appendCodePoint(cp);
      used += size;
      i += Character.charCount(cp);
    }
    return prefix + "_" + hash;
  }
}
