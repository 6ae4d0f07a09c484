package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * type: text to varchar (narrowing)
 *
 * Revision ID: 000000000013
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000013",
        message = "type: text to varchar (narrowing)",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000019_TypeTextToVarcharNarrowing implements Migration {
    @Override
    public void upgrade(Operations op) {
        // WARNING: Narrows the type of "post"."title" from text to varchar(50): check that every existing value converts and fits
        op.alterColumnType("post", "title", "varchar(50)");
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnType("post", "title", "text");
    }
}
