package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Snapshots and format 4 (index keys and options, foreign-key match and deferral, unique nulls not
 * distinct, rename hints on indexes, constraints and enums): a snapshot that uses none of them keeps
 * the bytes the previous version wrote (the golden file was written by it), and one that uses them
 * is format 4 and reads back equal.
 */
class SnapshotFormat4Test {

  private static Snapshot everyEarlierElement() {
    Table post = new Table("post",
        List.of(new Column("id", "bigint", false, null, Column.BY_DEFAULT, "key"), new Column("user_id", "bigint", false, null),
            new Column("created_at", "timestamp", true, "now()"), new Column("title", "varchar(200)", true, null)),
        List.of("id"), List.of(new UniqueConstraint("uq_post_user_id_title", List.of("user_id", "title"))),
        List.of(new Index("ix_post_user_id_created_at", List.of(Index.IndexColumn.asc("user_id"), Index.IndexColumn.desc("created_at")),
            false, null, null), new Index("ix_post_title", List.of(Index.IndexColumn.asc("title")), true, "hash", "title IS NOT NULL")),
        List.of(new ForeignKey("fk_post_user_id_user", List.of("user_id"), "user", List.of("id"), "CASCADE", "SET NULL")),
        List.of(new CheckConstraint("ck_post_title", "title <> ''")), "posts");
    Table user = new Table("user", List.of(new Column("id", "bigint", false, null), new Column("mood", "mood", true, null)),
        List.of("id"), List.of());
    return new Snapshot(Schema.of(List.of(post, user), List.of(new EnumType("mood", List.of("sad", "ok")))),
        Map.of("post", "app.Post", "user", "app.User"),
        new RenameHints(Map.of("post", "article"), Map.of("post", Map.of("title", "heading"))));
  }

  @Test
  void aSnapshotWithoutTheNewElementsKeepsThePreviousVersionsBytes() throws IOException {
    try (InputStream golden = getClass().getResourceAsStream("/snapshots/format2-every-element.json")) {
      assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), everyEarlierElement().toJson());
    }
  }

  @Test
  void theNewElementsAreFormat4AndReadBackEqual() {
    Snapshot earlier = everyEarlierElement();
    Table post = earlier.schema().table("post").orElseThrow();
    Table changed = post
        .withIndex(new Index("ix_post_lower_title", List.of(Index.IndexColumn.expression("lower(title)"),
            new Index.IndexColumn("created_at", true, "LAST", null, false), new Index.IndexColumn("title", false, null,
                "varchar_pattern_ops", false)), false, null, null, List.of("user_id")))
        .withForeignKey(post.foreignKeys().get(0).withChecking(ForeignKey.MATCH_FULL, true, true))
        .withUniqueConstraint(new UniqueConstraint("uq_post_user_id_title", List.of("user_id", "title"), true));
    RenameHints hints = new RenameHints(Map.of(), Map.of(), Map.of("post", Map.of("ix_post_lower_title", "ix_old")),
        Map.of("post", Map.of("uq_post_user_id_title", "uq_old", "ck_post_title", "ck_old")), Map.of("mood", "feeling"),
        Map.of("mood", Map.of("ok", "fine")));
    Snapshot snapshot = new Snapshot(earlier.schema().withTable(changed), earlier.entities(), hints);
    String json = snapshot.toJson();
    assertTrue(json.startsWith("{\n  \"format\" : 4,"), json);
    Snapshot read = Snapshot.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    assertEquals(snapshot.schema(), read.schema());
    assertEquals(hints, read.renames());
    assertEquals(json, read.toJson());
  }

  @Test
  void anIndexKeyWithBothAColumnAndAnExpressionIsRefusedNamingTheFile() {
    String json = "{\"format\": 4, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", \"type\": \"text\","
        + " \"nullable\": true}], \"indexes\": [{\"name\": \"ix\", \"unique\": false, \"keys\": [{\"column\": \"a\", \"expression\": \"lower(a)\"}]}]}]}";
    SnapshotException e = org.junit.jupiter.api.Assertions.assertThrows(SnapshotException.class,
        () -> Snapshot.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json"));
    assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("either a column or an expression"), e.getMessage());
  }
}
