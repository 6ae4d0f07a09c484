/**
 * Reads a live PostgreSQL schema back from {@code pg_catalog} into the schema model, and compares
 * it with an expected schema (the entities', or the migrations' head) without false positives from
 * how PostgreSQL prints expressions back: the basis of round-trip proofs and drift detection.
 */
package io.tracetrack.migrations.core.introspect;
