/** Offline SQL scripts ({@code flask db upgrade --sql}): what upgrade or downgrade would run, for a DBA or psql. */
package io.tracetrack.migrations.core.script;
