/**
 * Histories kept by other tools, imported as typed migrations: the shared model (an {@link
 * io.tracetrack.migrations.imports.ImportedHistory} is an ordered list of units, each a Liquibase
 * changeset or a Flyway script, with its changes and rollback), the derivation of downgrades, and
 * the writer that turns a history into migration classes. Readers of each tool's format live in
 * subpackages ({@code liquibase}).
 */
package io.tracetrack.migrations.imports;
