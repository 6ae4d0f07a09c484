package com.example.migrations;

import static io.tracetrack.migrations.ForeignKeyDef.foreignKey;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.entity.ForeignKey;

/**
 * foreign key: ON DELETE CASCADE ON UPDATE SET NULL
 *
 * Revision ID: 000000000015
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000015",
        message = "foreign key: ON DELETE CASCADE ON UPDATE SET NULL",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000021_ForeignKeyONDELETECASCADEONUPDATESETNULL implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addForeignKey("post", foreignKey("fk_post_editor_id_user", "editor_id").references("user", "id").onDelete(ForeignKey.Action.CASCADE).onUpdate(ForeignKey.Action.SET_NULL));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("post", "fk_post_editor_id_user");
    }
}
