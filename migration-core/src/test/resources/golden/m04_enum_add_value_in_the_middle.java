package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * enum: add value in the middle
 *
 * Revision ID: 000000000004
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000004",
        message = "enum: add value in the middle",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000004_EnumAddValueInTheMiddle implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addEnumValueBefore("mood", "meh", "ok");
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Drops value 'meh' of enum type "mood": this fails while a row holds it
        op.dropEnumValue("mood", "meh");
    }
}
