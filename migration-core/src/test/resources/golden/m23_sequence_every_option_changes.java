package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.SequenceDef;

/**
 * sequence: every option changes
 *
 * Revision ID: 000000000017
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000017",
        message = "sequence: every option changes",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000023_SequenceEveryOptionChanges implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterSequence(SequenceDef.sequence("invoice_number").as("integer").startWith(1000L).incrementBy(10L).minValue(1000L).maxValue(999999L).cache(20L).cycle());
    }

    @Override
    public void downgrade(Operations op) {
        op.alterSequence(SequenceDef.sequence("invoice_number"));
    }
}
