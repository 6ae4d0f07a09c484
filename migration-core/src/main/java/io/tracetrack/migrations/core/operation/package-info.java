/**
 * Schema operations as immutable values: what a migration's {@code upgrade()} or {@code
 * downgrade()} asked for, recorded once and then replayed in memory, rendered as SQL or run.
 */
package io.tracetrack.migrations.core.operation;
