package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.ForeignKeyDef.foreignKey;
import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * many elements at once split into parts
 *
 * Revision ID: 00000000001a
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "00000000001a",
        message = "many elements at once split into parts",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000026_ManyElementsAtOnceSplitIntoParts implements Migration {
    @Override
    public void upgrade(Operations op) {
        // In 4 parts, each within the JVM's limits on the size of a method and a class
        UpgradePart1.apply(op);
        UpgradePart2.apply(op);
        UpgradePart3.apply(op);
        UpgradePart4.apply(op);
    }

    @Override
    public void downgrade(Operations op) {
        // In 2 parts, each within the JVM's limits on the size of a method and a class
        DowngradePart1.apply(op);
        DowngradePart2.apply(op);
    }

    /**
     * upgrade(), part 1 of 4: table "event".
     */
    private static final class UpgradePart1 {
        static void apply(Operations op) {
            op.addEnumValue("mood", "great");
            op.createTable("event",
                    column("id", "bigint").primaryKey().generatedAlways(),
                    column("at", "timestamptz"));
        }
    }

    /**
     * upgrade(), part 2 of 4: tables "post" to "price".
     */
    private static final class UpgradePart2 {
        static void apply(Operations op) {
            op.createIndex("post", index("ix_post_created_at", "created_at").descending("created_at"));
            op.alterColumnType("price", "amount", "numeric(14,2)");
        }
    }

    /**
     * upgrade(), part 3 of 4: tables "price" to "user".
     */
    private static final class UpgradePart3 {
        static void apply(Operations op) {
            // WARNING: Adds check constraint "ck_price_positive" to "price": this fails while a row breaks it
            op.addCheckConstraint("price", "ck_price_positive", "amount > 0");
            op.addColumn("user", column("mood", "mood"));
            op.createIndex("user", index("ix_user_name", "name"));
            op.setTableComment("user", "users");
        }
    }

    /**
     * upgrade(), part 4 of 4: table "post".
     */
    private static final class UpgradePart4 {
        static void apply(Operations op) {
            op.addForeignKey("post", foreignKey("fk_post_user_id_user", "user_id").references("user", "id"));
        }
    }

    /**
     * downgrade(), part 1 of 2: tables "post" to "price".
     */
    private static final class DowngradePart1 {
        static void apply(Operations op) {
            op.dropConstraint("post", "fk_post_user_id_user");
            op.dropTableComment("user");
            op.dropIndex("user", "ix_user_name");
            // WARNING: Drops column "mood" of "user" and its data
            op.dropColumn("user", "mood");
            op.dropConstraint("price", "ck_price_positive");
        }
    }

    /**
     * downgrade(), part 2 of 2: tables "price" to "event".
     */
    private static final class DowngradePart2 {
        static void apply(Operations op) {
            // WARNING: Narrows the type of "price"."amount" from numeric(14,2) to numeric(10,2): check that every existing value converts and fits
            op.alterColumnType("price", "amount", "numeric(10,2)");
            op.dropIndex("post", "ix_post_created_at");
            // WARNING: Drops table "event" and all its rows
            op.dropTable("event");
            // WARNING: Drops value 'great' of enum type "mood": this fails while a row holds it
            op.dropEnumValue("mood", "great");
        }
    }
}
