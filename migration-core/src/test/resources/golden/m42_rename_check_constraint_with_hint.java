package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * rename: check constraint with hint
 *
 * Revision ID: 00000000002a
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000002a",
        message = "rename: check constraint with hint",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000042_RenameCheckConstraintWithHint implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.renameConstraint("flag", "ck_flag_code", "ck_flag_code_not_empty");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameConstraint("flag", "ck_flag_code_not_empty", "ck_flag_code");
    }
}
