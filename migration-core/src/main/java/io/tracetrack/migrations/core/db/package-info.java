/** Where the database is: connection settings, connecting with clear errors, and the embedded development database. */
package io.tracetrack.migrations.core.db;
