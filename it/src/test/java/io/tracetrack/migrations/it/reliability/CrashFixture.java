package io.tracetrack.migrations.it.reliability;

import java.io.IOException;
import java.nio.file.Path;

/** Eight migrations that take a while each: a table, 5 000 rows, a pause, and a column on the previous table. */
final class CrashFixture {
  static final int COUNT = 8;
  static final int ROWS = 5_000;

  private CrashFixture() {}

  static String id(int k) {
    return String.format("c%011d", k);
  }

  static Fixture create(Path temp) throws IOException {
    Fixture fixture = Fixture.create(temp);
    for (int k = 1; k <= COUNT; k++) {
      String table = "t" + k;
      String up = "op.createTable(\"" + table + "\", column(\"id\", \"bigint\").primaryKey(), column(\"payload\", \"text\"));\n"
          + "    op.execute(\"INSERT INTO " + table + " SELECT g, md5(g::text) FROM generate_series(1, " + ROWS + ") g\");\n"
          + "    op.execute(\"SELECT pg_sleep(0.05)\");"
          + (k > 1 ? "\n    op.addColumn(\"t" + (k - 1) + "\", column(\"next_ref\", \"bigint\"));" : "");
      String down = (k > 1 ? "op.dropColumn(\"t" + (k - 1) + "\", \"next_ref\");\n    " : "") + "op.dropTable(\"" + table + "\");";
      String header = "id = \"" + id(k) + "\", " + (k > 1 ? "revises = \"" + id(k - 1) + "\", " : "")
          + "message = \"Step " + k + "\"";
      fixture.migration("M" + k + "_Step" + k, header, up, down);
    }
    return fixture.compile();
  }
}
