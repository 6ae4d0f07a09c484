package io.tracetrack.examples.jpa.migrations;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.ForeignKeyDef.foreignKey;
import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.SequenceDef;

/**
 * Initial schema
 *
 * Revision ID: 1d43027bc8ff
 * Revises: <base>
 * Create Date: 2026-11-29 02:35:12
 */
@Revision(
        id = "1d43027bc8ff",
        message = "Initial schema",
        createDate = "2026-11-29 02:35:12"
)
public final class M20261129023512_InitialSchema implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createSequence(SequenceDef.sequence("project_seq").incrementBy(20L));
        op.createTable("project",
                column("id", "bigint").primaryKey(),
                column("name", "varchar(200)").notNull(),
                column("description", "text"),
                column("owner_id", "bigint").notNull(),
                column("status", "varchar(20)").notNull(),
                column("created_at", "timestamptz(6)").notNull());
        op.addCheckConstraint("project", "project_status_check", "\"status\" IN ('ACTIVE', 'ARCHIVED')");
        op.createTable("project_members",
                column("project_id", "bigint").primaryKey(),
                column("user_id", "bigint").primaryKey());
        op.createTable("task",
                column("id", "bigint").primaryKey().generatedByDefault(),
                column("project_id", "bigint").notNull(),
                column("assignee_id", "bigint"),
                column("title", "varchar(200)").notNull(),
                column("status", "varchar(20)").notNull(),
                column("due_date", "date"),
                column("estimated_hours", "numeric(6,2)"),
                column("spent_hours", "numeric(6,2)"),
                column("version", "integer").notNull());
        op.addCheckConstraint("task", "task_status_check", "\"status\" IN ('OPEN', 'IN_PROGRESS', 'DONE')");
        op.createIndex("task", index("task_due_date_idx", "due_date"));
        op.createTable("time_entry",
                column("id", "bigint").primaryKey().generatedByDefault(),
                column("task_id", "bigint").notNull(),
                column("user_id", "bigint").notNull(),
                column("work_date", "date").notNull(),
                column("hours", "numeric(5,2)").notNull(),
                column("note", "varchar(500)"));
        op.createTable("users",
                column("id", "bigint").primaryKey().generatedByDefault(),
                column("username", "varchar(80)").notNull().unique(),
                column("email", "varchar(120)").notNull().unique(),
                column("password_hash", "varchar(255)").notNull(),
                column("admin", "boolean").notNull(),
                column("failed_login_attempts", "integer").notNull(),
                column("locked_until", "timestamp(6)"),
                column("created_at", "timestamp(6)").notNull());
        op.addForeignKey("project", foreignKey("fk_project_owner_id_users", "owner_id").references("users", "id"));
        op.addForeignKey("project_members", foreignKey("fk_project_members_project_id_project", "project_id").references("project", "id"));
        op.addForeignKey("project_members", foreignKey("fk_project_members_user_id_users", "user_id").references("users", "id"));
        op.addForeignKey("task", foreignKey("fk_task_assignee_id_users", "assignee_id").references("users", "id"));
        op.addForeignKey("task", foreignKey("fk_task_project_id_project", "project_id").references("project", "id"));
        op.addForeignKey("time_entry", foreignKey("fk_time_entry_task_id_task", "task_id").references("task", "id"));
        op.addForeignKey("time_entry", foreignKey("fk_time_entry_user_id_users", "user_id").references("users", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("time_entry", "fk_time_entry_user_id_users");
        op.dropConstraint("time_entry", "fk_time_entry_task_id_task");
        op.dropConstraint("task", "fk_task_project_id_project");
        op.dropConstraint("task", "fk_task_assignee_id_users");
        op.dropConstraint("project_members", "fk_project_members_user_id_users");
        op.dropConstraint("project_members", "fk_project_members_project_id_project");
        op.dropConstraint("project", "fk_project_owner_id_users");
        // WARNING: Drops table "users" and all its rows
        op.dropTable("users");
        // WARNING: Drops table "time_entry" and all its rows
        op.dropTable("time_entry");
        // WARNING: Drops table "task" and all its rows
        op.dropTable("task");
        // WARNING: Drops table "project_members" and all its rows
        op.dropTable("project_members");
        // WARNING: Drops table "project" and all its rows
        op.dropTable("project");
        // WARNING: Drops sequence "project_seq": recreated, it starts again at 1
        op.dropSequence("project_seq");
    }
}
