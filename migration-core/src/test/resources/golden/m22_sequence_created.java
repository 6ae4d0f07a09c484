package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.SequenceDef;

/**
 * sequence: created
 *
 * Revision ID: 000000000016
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000016",
        message = "sequence: created",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000022_SequenceCreated implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createSequence(SequenceDef.sequence("invoice_number"));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Drops sequence "invoice_number": recreated, it starts again at 1
        op.dropSequence("invoice_number");
    }
}
