/** The {@code tracetrack:*} goals: each reads its parameters, calls migration-core and logs. */
package io.tracetrack.migrations.maven;
