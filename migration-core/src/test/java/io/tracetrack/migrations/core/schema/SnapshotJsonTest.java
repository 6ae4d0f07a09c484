package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {

  private static Snapshot sample() {
    Table user = new Table("user",
        List.of(new Column("id", "bigint", false, null),
            new Column("name", "varchar(100)", false, "'anonymous'"),
            new Column("email", "varchar(255)", true, null),
            new Column("score", "numeric(10,2)", true, "0")),
        List.of("id"),
        List.of(new UniqueConstraint("user_email_key", List.of("email")),
            new UniqueConstraint("user_name_score_key", List.of("name", "score"))));
    Table account = new Table("account",
        List.of(new Column("tenant", "integer", false, null), new Column("code", "text", false, null)),
        List.of("tenant", "code"), List.of());
    Table log = new Table("audit_log", List.of(new Column("line", "text", true, null)), List.of(), List.of());
    return new Snapshot(Schema.of(List.of(user, account, log)),
        Map.of("user", "com.example.User", "account", "com.example.Account"));
  }

  private static Snapshot read(String json) {
    return Snapshot.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void toJsonThenReadGivesAnEqualSnapshot() {
    Snapshot snapshot = sample();
    assertEquals(snapshot, read(snapshot.toJson()));
  }

  @Test
  void emptySnapshotRoundTrips() {
    assertEquals(Snapshot.EMPTY, read(Snapshot.EMPTY.toJson()));
  }

  @Test
  void equalSnapshotsGiveByteIdenticalJson() {
    Snapshot a = sample();
    // The same tables, given in another order and with the entity map built differently.
    List<Table> reversed = new java.util.ArrayList<>(a.schema().tables().values());
    java.util.Collections.reverse(reversed);
    Snapshot b = new Snapshot(Schema.of(reversed), new java.util.HashMap<>(a.entities()));
    assertEquals(a, b);
    assertEquals(a.toJson(), b.toJson());
    assertEquals(a.toJson(), read(a.toJson()).toJson());
  }

  @Test
  void tablesAreWrittenSortedByName() {
    String json = sample().toJson();
    int account = json.indexOf("\"name\" : \"account\"");
    int auditLog = json.indexOf("\"name\" : \"audit_log\"");
    int user = json.indexOf("\"name\" : \"user\"");
    assertTrue(account >= 0 && auditLog >= 0 && user >= 0, json);
    assertTrue(account < auditLog && auditLog < user, json);
  }

  @Test
  void jsonStartsWithTheFormatAndEndsWithANewline() {
    String json = sample().toJson();
    assertTrue(json.startsWith("{\n  \"format\" : 2,"), json);
    assertTrue(json.endsWith("}\n"), json);
  }

  @Test
  void exactJsonForASmallSnapshot() {
    Table t = new Table("t", List.of(new Column("id", "int8", false, null), new Column("n", "text", true, "''")),
        List.of("id"), List.of(new UniqueConstraint("t_n_key", List.of("n"))));
    Snapshot snapshot = new Snapshot(Schema.of(List.of(t)), Map.of("t", "a.T"));
    String expected = String.join("\n",
        "{",
        "  \"format\" : 2,",
        "  \"tables\" : [ {",
        "    \"name\" : \"t\",",
        "    \"entity\" : \"a.T\",",
        "    \"columns\" : [ {",
        "      \"name\" : \"id\",",
        "      \"type\" : \"bigint\",",
        "      \"nullable\" : false",
        "    }, {",
        "      \"name\" : \"n\",",
        "      \"type\" : \"text\",",
        "      \"nullable\" : true,",
        "      \"serverDefault\" : \"''\"",
        "    } ],",
        "    \"primaryKey\" : [ \"id\" ],",
        "    \"uniqueConstraints\" : [ {",
        "      \"name\" : \"t_n_key\",",
        "      \"columns\" : [ \"n\" ]",
        "    } ]",
        "  } ]",
        "}",
        "");
    assertEquals(expected, snapshot.toJson().replace("\r\n", "\n"));
  }

  @Test
  void readAcceptsMissingOptionalFields() {
    Snapshot snapshot = read("{\"format\": 1, \"tables\": [{\"name\": \"t\", \"columns\": [{\"name\": \"a\", \"type\": \"INT4\", \"nullable\": true}]}]}");
    Table t = snapshot.schema().table("t").orElseThrow();
    assertEquals(List.of(new Column("a", "integer", true, null)), t.columns());
    assertEquals(List.of(), t.primaryKey());
    assertEquals(Map.of(), snapshot.entities());
  }
}
