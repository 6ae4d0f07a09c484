/** Runs planned steps against PostgreSQL: one transaction per migration, the version table, history and the advisory lock. */
package io.tracetrack.migrations.core.runner;
