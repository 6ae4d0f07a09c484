package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: enum value with hint
 *
 * Revision ID: 00000000002c
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000002c",
        message = "rename: enum value with hint",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000044_RenameEnumValueWithHint implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameEnumValue("mood", "ok", "fine");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameEnumValue("mood", "fine", "ok");
    }
}
