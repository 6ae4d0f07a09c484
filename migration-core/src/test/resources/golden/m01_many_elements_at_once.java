package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.ForeignKeyDef.foreignKey;
import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * many elements at once
 *
 * Revision ID: 000000000001
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000001",
        message = "many elements at once",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000001_ManyElementsAtOnce implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addEnumValue("mood", "great");
        op.createTable("event",
                column("id", "bigint").primaryKey().generatedAlways(),
                column("at", "timestamptz"));
        op.createIndex("post", index("ix_post_created_at", "created_at").descending("created_at"));
        op.alterColumnType("price", "amount", "numeric(14,2)");
        // WARNING: Adds check constraint "ck_price_positive" to "price": this fails while a row breaks it
        op.addCheckConstraint("price", "ck_price_positive", "amount > 0");
        op.addColumn("user", column("mood", "mood"));
        op.createIndex("user", index("ix_user_name", "name"));
        op.setTableComment("user", "users");
        op.addForeignKey("post", foreignKey("fk_post_user_id_user", "user_id").references("user", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("post", "fk_post_user_id_user");
        op.dropTableComment("user");
        op.dropIndex("user", "ix_user_name");
        // WARNING: Drops column "mood" of "user" and its data
        op.dropColumn("user", "mood");
        op.dropConstraint("price", "ck_price_positive");
        // WARNING: Narrows the type of "price"."amount" from numeric(14,2) to numeric(10,2): check that every existing value converts and fits
        op.alterColumnType("price", "amount", "numeric(10,2)");
        op.dropIndex("post", "ix_post_created_at");
        // WARNING: Drops table "event" and all its rows
        op.dropTable("event");
        // WARNING: Drops value 'great' of enum type "mood": this fails while a row holds it
        op.dropEnumValue("mood", "great");
    }
}
