/** Replays operations on the in-memory schema model: autogenerate and check need no database. */
package io.tracetrack.migrations.core.replay;
