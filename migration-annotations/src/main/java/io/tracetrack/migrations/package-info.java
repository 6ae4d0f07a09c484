/**
 * The migration API: a migration class implements {@link io.tracetrack.migrations.Migration},
 * carries {@link io.tracetrack.migrations.Revision} and changes the schema only through
 * {@link io.tracetrack.migrations.Operations}.
 */
package io.tracetrack.migrations;
