package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/** Create audit. The settings under test fail the build before it could run. */
@Revision(id = "5e77a1c90001", message = "Create audit", createDate = "2025-11-01 09:00:00")
public final class M20251101090000_CreateAudit implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("audit", column("id", "bigint").primaryKey());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("audit");
    }
}
