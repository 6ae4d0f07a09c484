/** Finds migration classes, instantiates them and records their operations. */
package io.tracetrack.migrations.core.loader;
