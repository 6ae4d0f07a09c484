package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * type: widen varchar
 *
 * Revision ID: 000000000012
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000012",
        message = "type: widen varchar",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000018_TypeWidenVarchar implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.alterColumnType("user", "name", "varchar(200)");
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: Narrows the type of "user"."name" from varchar(200) to varchar(100): check that every existing value converts and fits
        op.alterColumnType("user", "name", "varchar(100)");
    }
}
