/** Writes migration classes with JavaPoet: the guide's header, {@code @Revision}, and one call per operation. */
package io.tracetrack.migrations.core.codegen;
