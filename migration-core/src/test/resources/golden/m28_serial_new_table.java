package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * serial: new table
 *
 * Revision ID: 00000000001c
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000001c",
        message = "serial: new table",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000028_SerialNewTable implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("ledger",
                column("id", "integer").primaryKey().ownedSequence("ledger_id_seq", "integer").serverDefault("nextval('ledger_id_seq'::regclass)"),
                column("note", "text"));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Drops table "ledger" and all its rows
        op.dropTable("ledger");
    }
}
