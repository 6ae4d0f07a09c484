/** Renders operations as PostgreSQL statements, with every identifier quoted. */
package io.tracetrack.migrations.core.sql;
