package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.entity.Column;

/**
 * serial: becomes an identity
 *
 * Revision ID: 00000000001e
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000001e",
        message = "serial: becomes an identity",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000030_SerialBecomesAnIdentity implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropColumnServerDefault("ledger", "id");
        op.dropColumnSequence("ledger", "id", "ledger_id_seq", "integer");
        op.alterColumnIdentity("ledger", "id", Column.Identity.BY_DEFAULT, Column.Identity.NONE);
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnIdentity("ledger", "id", Column.Identity.NONE, Column.Identity.BY_DEFAULT);
        op.createColumnSequence("ledger", "id", "ledger_id_seq", "integer");
        op.alterColumnServerDefault("ledger", "id", "nextval('ledger_id_seq'::regclass)");
    }
}
