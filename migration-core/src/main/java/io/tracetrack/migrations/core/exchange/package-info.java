/**
 * What the import and changelog goals ask of the module that reads and writes other tools'
 * histories (Liquibase and Flyway). That module is found through {@link java.util.ServiceLoader}
 * only when those goals run, so the libraries it needs stay off every other goal's path.
 */
package io.tracetrack.migrations.core.exchange;
