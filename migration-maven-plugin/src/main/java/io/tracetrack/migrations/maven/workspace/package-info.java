/**
 * Multi-module builds: which module of a build holds the migrations, and whether the entity
 * classes a goal reads from another module are that module's current ones.
 */
package io.tracetrack.migrations.maven.workspace;
