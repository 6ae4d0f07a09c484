package io.tracetrack.demo.migrations;

import static io.tracetrack.migrations.ForeignKeyDef.foreignKey;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Add time_entry foreign keys
 *
 * Revision ID: c437c2556b57
 * Revises: 62a61628b3a5
 * Create Date: 2026-11-29 00:08:48
 */
@Revision(
        id = "c437c2556b57",
        revises = "62a61628b3a5",
        message = "Add time_entry foreign keys",
        createDate = "2026-11-29 00:08:48"
)
public final class M20261129000848_AddTimeEntryForeignKeys implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addForeignKey("time_entry", foreignKey("fk_time_entry_project_id_project", "project_id").references("project", "id").onDelete("CASCADE"));
        op.addForeignKey("time_entry", foreignKey("fk_time_entry_user_id_user", "user_id").references("user", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("time_entry", "fk_time_entry_user_id_user");
        op.dropConstraint("time_entry", "fk_time_entry_project_id_project");
    }
}
