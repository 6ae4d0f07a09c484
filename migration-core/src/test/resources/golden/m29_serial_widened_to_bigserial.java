package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * serial: widened to bigserial
 *
 * Revision ID: 00000000001d
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000001d",
        message = "serial: widened to bigserial",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000029_SerialWidenedToBigserial implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumnSequence("ledger", "id", "ledger_id_seq", "integer", "ledger_id_seq", "bigint");
        op.alterColumnType("ledger", "id", "bigint");
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Narrows the type of "ledger"."id" from bigint to integer: check that every existing value converts and fits
        op.alterColumnType("ledger", "id", "integer");
        op.alterColumnSequence("ledger", "id", "ledger_id_seq", "bigint", "ledger_id_seq", "integer");
    }
}
