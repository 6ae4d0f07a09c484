/**
 * Schema operations as immutable values: what a migration's {@code upgrade()} or {@code
 * downgrade()} asked for, recorded once and then replayed in memory, rendered as SQL or run. Each
 * kind of standalone element (sequences) also brings its {@link
 * io.tracetrack.migrations.core.operation.ElementGroup}, through which autogenerate and the live
 * reader handle it, registered in {@link io.tracetrack.migrations.core.operation.ElementGroups}.
 */
package io.tracetrack.migrations.core.operation;
