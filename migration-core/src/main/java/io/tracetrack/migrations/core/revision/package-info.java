/** The revision graph: heads, bases, ancestry, targets and upgrade/downgrade plans, with no I/O. */
package io.tracetrack.migrations.core.revision;
