/**
 * Flyway histories: a folder of {@code V<version>__<description>.sql} scripts read with Flyway's
 * own name parser, version order and PostgreSQL statement parser, as units of SQL to run.
 */
package io.tracetrack.migrations.imports.flyway;
