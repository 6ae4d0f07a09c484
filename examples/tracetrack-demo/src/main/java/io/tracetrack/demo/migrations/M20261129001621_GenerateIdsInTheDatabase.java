package io.tracetrack.demo.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Generate ids in the database
 *
 * Revision ID: 88d5f847bc05
 * Revises: c437c2556b57
 * Create Date: 2026-11-29 00:16:21
 */
@Revision(
        id = "88d5f847bc05",
        revises = "c437c2556b57",
        message = "Generate ids in the database",
        createDate = "2026-11-29 00:16:21"
)
public final class M20261129001621_GenerateIdsInTheDatabase implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumnIdentity("time_entry", "id", "by default", null);
        op.alterColumnIdentity("user", "id", "by default", null);
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnIdentity("user", "id", null, "by default");
        op.alterColumnIdentity("time_entry", "id", null, "by default");
    }
}
