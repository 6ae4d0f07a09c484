package com.example.migrations;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;

/**
 * enum: text column becomes native enum
 *
 * Revision ID: 000000000006
 * Revises: <base>
 * Create Date: 2026-01-01 00:00:00
 */
@Revision(
        id = "000000000006",
        message = "enum: text column becomes native enum",
        createDate = "2026-01-01 00:00:00"
)
public final class M20260101000006_EnumTextColumnBecomesNativeEnum implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createEnumType("mood", "sad", "ok", "happy");
        // WARNING: Narrows the type of "person"."mood" from text to mood: check that every existing value converts and fits
        op.alterColumnType("person", "mood", "mood", "\"mood\"::text::mood");
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumnType("person", "mood", "text", "\"mood\"::text");
        op.dropEnumType("mood");
    }
}
