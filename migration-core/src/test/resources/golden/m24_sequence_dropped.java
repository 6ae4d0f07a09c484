package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.SequenceDef;

/**
 * sequence: dropped
 *
 * Revision ID: 000000000018
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000018",
        message = "sequence: dropped",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000024_SequenceDropped implements Migration {
    @Override
    public void upgrade(Operations op) {
        // WARNING: Drops sequence "invoice_number": recreated, it starts again at 1
        op.dropSequence("invoice_number");
    }

    @Override
    public void downgrade(Operations op) {
        op.createSequence(SequenceDef.sequence("invoice_number"));
    }
}
