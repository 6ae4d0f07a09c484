/** The immutable schema model and its canonical JSON snapshot. */
package io.tracetrack.migrations.core.schema;
