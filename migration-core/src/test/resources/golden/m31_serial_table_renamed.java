package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * serial: table renamed
 *
 * Revision ID: 00000000001f
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000001f",
        message = "serial: table renamed",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000031_SerialTableRenamed implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameTable("ledger", "journal");
        op.alterColumnSequence("journal", "id", "ledger_id_seq", "integer", "journal_id_seq", "integer");
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnSequence("journal", "id", "journal_id_seq", "integer", "ledger_id_seq", "integer");
        op.renameTable("journal", "ledger");
    }
}
