package io.tracetrack.demo.migrations;

import static io.tracetrack.migrations.ColumnDef.column;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * Initial schema
 *
 * Revision ID: 3b878c78ec3c
 * Revises: <base>
 * Create Date: 2026-11-27 00:18:38
 */
@Revision(
        id = "3b878c78ec3c",
        message = "Initial schema",
        createDate = "2026-11-27 00:18:38"
)
public final class M20261127001838_InitialSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("project",
                column("id", "uuid").primaryKey(),
                column("name", "varchar(200)").notNull(),
                column("description", "text"),
                column("owner_id", "bigint").notNull(),
                column("status", "text"),
                column("created_at", "timestamptz").notNull().serverDefault("now()"));
        op.createTable("time_entry",
                column("id", "bigint").primaryKey(),
                column("project_id", "uuid"),
                column("user_id", "bigint").notNull(),
                column("work_date", "date").notNull(),
                column("hours", "numeric(5,2)").notNull(),
                column("note", "varchar(500)"));
        op.createTable("user",
                column("id", "bigint").primaryKey(),
                column("username", "varchar(80)").notNull().unique(),
                column("email", "varchar(120)").notNull().unique(),
                column("password_hash", "varchar(255)").notNull(),
                column("is_admin", "boolean").notNull().serverDefault("false"),
                column("failed_login_attempts", "integer").notNull().serverDefault("0"),
                column("locked_until", "timestamp"),
                column("created_at", "timestamp").notNull().serverDefault("now()"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("user");
        op.dropTable("time_entry");
        op.dropTable("project");
    }
}
