package com.example.migrations;

import static io.tracetrack.migrations.ColumnDef.column;
import static io.tracetrack.migrations.IndexDef.index;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * column: dropped with its index and check
 *
 * Revision ID: 000000000011
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000011",
        message = "column: dropped with its index and check",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000017_ColumnDroppedWithItsIndexAndCheck implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.dropIndex("price", "ix_price_currency");
        op.dropConstraint("price", "ck_price_currency");
        // WARNING: Drops column "currency" of "price" and its data
        op.dropColumn("price", "currency");
    }

    @Override
    public void downgrade(Operations op) {
        op.addColumn("price", column("currency", "char(3)"));
        // WARNING: Adds check constraint "ck_price_currency" to "price": this fails while a row breaks it
        op.addCheckConstraint("price", "ck_price_currency", "currency <> ''");
        op.createIndex("price", index("ix_price_currency", "currency"));
    }
}
