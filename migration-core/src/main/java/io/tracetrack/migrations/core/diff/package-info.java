/** Autogenerate: compares two schemas and produces the operations, and their inverses, between them. */
package io.tracetrack.migrations.core.diff;
