/**
 * The annotation processor that turns {@link io.tracetrack.migrations.entity.Entity} classes into
 * the schema snapshot {@code META-INF/tracetrack/schema.json} at compile time.
 */
package io.tracetrack.migrations.processor;
