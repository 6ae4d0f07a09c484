package io.tracetrack.migrations.core.exchange;

import java.nio.file.Path;

/**
 * A migration class written by an import.
 *
 * @param irreversible why its downgrade cannot be derived, or null when it can
 */
public record ImportedMigration(Path file, String revision, String irreversible) {}
