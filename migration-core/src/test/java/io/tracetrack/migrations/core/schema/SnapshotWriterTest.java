package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Snapshot#toJson()} writes with Jackson's streaming generator; these snapshots are also
 * written the way earlier versions did, by binding JSON records ({@link BoundSnapshot}), and the two
 * texts must be equal to the byte: every format, element and optional
 * field, empty and escaped strings, rename hints of every kind.
 */
class SnapshotWriterTest {
  @Test
  void anEmptySnapshotIsWrittenAsBindingWroteIt() throws Exception {
    assertSameAsBinding(Snapshot.EMPTY);
    assertSameAsBinding(new Snapshot(Schema.EMPTY, Map.of(), RenameHints.NONE, Set.of("billing")));
  }

  @Test
  void everyFieldAndHintIsWrittenAsBindingWroteIt() throws Exception {
    Table post = new Table("app.post", List.of(
        new Column("id", "bigint", false, null, Column.ALWAYS, "the \"key\"\n\ttab \\ back", new IdentityOptions(100L, 5L,
            null, 9000L, 20L, true), null, null, null),
        new Column("serial_no", "integer", false, "nextval('post_serial_no_seq')", null, null, null, null, null,
            new OwnedSequence("post_serial_no_seq", "integer")),
        new Column("title", "varchar(200)", true, null, null, "", null, null, "und-x-icu", null),
        new Column("slug", "text", false, null, null, null, null, "lower(title)", "C", null),
        new Column("price", "numeric(12,2)", true, "0", null, "prix \u00e9t\u00e9 \u20ac \u0001", null, null, null, null)),
        List.of("id"),
        List.of(new UniqueConstraint("uq_post_slug", List.of("slug"), true), new UniqueConstraint("uq_post_title", List.of("title"))),
        List.of(new Index("ix_post_title", List.of(Index.IndexColumn.asc("title"), Index.IndexColumn.desc("price")), false, null, null),
            new Index("ix_post_lower", List.of(Index.IndexColumn.expression("lower(title)"),
                new Index.IndexColumn("price", true, "LAST", null, false), new Index.IndexColumn("slug", false, "FIRST",
                    "text_pattern_ops", false)), true, "gin", "price > 0", List.of("serial_no")),
            new Index("ix_post_hash", List.of(Index.IndexColumn.asc("slug")), false, "hash", "", List.of())),
        List.of(new ForeignKey("fk_post_id_user", List.of("id"), "app.user", List.of("id"), "CASCADE", "SET NULL",
                ForeignKey.MATCH_FULL, true, true),
            new ForeignKey("fk_post_serial_no_user", List.of("serial_no"), "app.user", List.of("id"), null, null)),
        List.of(new CheckConstraint("ck_post_price", "price >= 0"), new CheckConstraint("ck_post_title", "title <> ''")),
        "posts, \"quoted\"");
    Table user = new Table("app.user", List.of(new Column("id", "bigint", false, null), new Column("mood", "mood[]", true, null)),
        List.of("id"), List.of());
    Table bare = new Table("bare", List.of(), List.of(), List.of());
    RenameHints hints = new RenameHints(Map.of("app.post", "article"), Map.of("app.post", Map.of("title", "heading")),
        Map.of("app.post", Map.of("ix_post_lower", "ix_old")),
        Map.of("app.post", Map.of("uq_post_slug", "uq_old", "ck_post_title", "ck_old")), Map.of("mood", "feeling"),
        Map.of("mood", Map.of("ok", "fine")));
    Schema schema = Schema.of(List.of(post, user, bare), List.of(new EnumType("mood", List.of("sad", "ok", "we\"ird")),
            new EnumType("plain", List.of("a"))))
        .withSequences(List.of(Sequence.named("app.ticket_seq"), new Sequence("small_seq", "smallint", 5, -1, -100L, 10L, 3, true)));
    Snapshot snapshot = new Snapshot(schema, Map.of("app.post", "app.Post", "app.user", "app.User"), hints, Set.of("billing", "audit"));
    assertSameAsBinding(snapshot);
    assertSameAsBinding(new Snapshot(Schema.of(List.of(post, user)), snapshot.entities(), RenameHints.NONE));
    assertSameAsBinding(new Snapshot(Schema.of(List.of(user)), Map.of("app.user", "app.User"),
        new RenameHints(Map.of(), Map.of("app.user", Map.of("mood", "feeling")))));
  }

  @Test
  void manyVariedTablesAreWrittenAsBindingWroteThem() throws Exception {
    Random random = new Random(20261207);
    List<Table> tables = new ArrayList<>();
    Map<String, String> entities = new TreeMap<>();
    Map<String, Map<String, String>> columnRenames = new TreeMap<>();
    for (int t = 0; t < 200; t++) {
      String name = "t" + t;
      List<Column> columns = new ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(12); c++) {
        String[] types = {"bigint", "integer", "text", "varchar(40)", "numeric(10,2)", "boolean", "timestamp(3)", "mood"};
        columns.add(new Column("c" + c, types[random.nextInt(types.length)], random.nextBoolean(),
            random.nextInt(4) == 0 ? "'x'" : null, null, random.nextInt(5) == 0 ? "note " + c : null));
        if (random.nextInt(9) == 0) {
          columnRenames.computeIfAbsent(name, k -> new LinkedHashMap<>()).put("c" + c, "old_c" + c);
        }
      }
      List<Index> indexes = random.nextBoolean() ? List.of()
          : List.of(new Index("ix_" + name, List.of(Index.IndexColumn.asc("c0")), random.nextBoolean(), null, null));
      List<ForeignKey> keys = t == 0 || random.nextBoolean() ? List.of()
          : List.of(new ForeignKey("fk_" + name, List.of("c0"), "t" + (t - 1), List.of("c0"), random.nextBoolean() ? "CASCADE" : null, null));
      tables.add(new Table(name, columns, random.nextBoolean() ? List.of("c0") : List.of(), List.of(), indexes, keys, List.of(),
          random.nextInt(3) == 0 ? "table " + t : null));
      if (random.nextInt(4) > 0) {
        entities.put(name, "app.Entity" + t);
      }
    }
    assertSameAsBinding(new Snapshot(Schema.of(tables, List.of(new EnumType("mood", List.of("sad", "ok")))), entities,
        new RenameHints(Map.of("t3", "t_three"), columnRenames)));
  }

  /** The streamed text equals the bound one, and reads back, streamed and bound, as the same snapshot. */
  private static void assertSameAsBinding(Snapshot snapshot) throws Exception {
    String streamed = snapshot.toJson();
    assertEquals(BoundSnapshot.write(snapshot, formatOf(streamed)), streamed);
    byte[] bytes = streamed.getBytes(StandardCharsets.UTF_8);
    assertEquals(snapshot, Snapshot.read(new ByteArrayInputStream(bytes), "streamed.json"));
    assertEquals(snapshot, BoundSnapshot.read(bytes, "streamed.json"));
  }

  private static int formatOf(String json) throws Exception {
    return BoundSnapshot.JSON.readTree(json).get("format").intValue();
  }
}
