package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * enum: drop a value of a column with a default
 *
 * Revision ID: 000000000005
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000005",
        message = "enum: drop a value of a column with a default",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000005_EnumDropAValueOfAColumnWithADefault implements Migration {
    @Override
    public void upgrade(Operations op) {
        // WARNING: Drops value 'sad' of enum type "mood": this fails while a row holds it
        op.dropEnumValue("mood", "sad");
    }

    @Override
    public void downgrade(Operations op) {
        op.addEnumValueBefore("mood", "sad", "ok");
    }
}
