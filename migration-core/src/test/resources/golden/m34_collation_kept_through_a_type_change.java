package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * collation: kept through a type change
 *
 * Revision ID: 000000000022
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000022",
        message = "collation: kept through a type change",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000034_CollationKeptThroughATypeChange implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.resetColumnCollation("word", "text", "varchar(50)");
        op.alterColumnType("word", "text", "varchar(100)");
        op.alterColumnCollation("word", "text", "varchar(100)", "C");
    }

    @Override
    public void downgrade(Operations op) {
        op.resetColumnCollation("word", "text", "varchar(100)");
        // WARNING: Narrows the type of "word"."text" from varchar(100) to varchar(50): check that every existing value converts and fits
        op.alterColumnType("word", "text", "varchar(50)");
        op.alterColumnCollation("word", "text", "varchar(50)", "C");
    }
}
