/**
 * Liquibase in and out: {@link io.tracetrack.migrations.imports.liquibase.LiquibaseChangelogReader}
 * reads changelogs with Liquibase Core's parsers into an imported history; {@code ChangeMapping}
 * is the one table from Liquibase changes to operations; {@code PostgresOffline} is Liquibase's own
 * PostgreSQL SQL for the rest; {@link io.tracetrack.migrations.imports.liquibase.ChangelogExport}
 * writes migrations as a changelog with Liquibase's XML serializer.
 */
package io.tracetrack.migrations.imports.liquibase;
