/** Annotations that describe entity classes; the annotation processor turns them into a schema snapshot. */
package io.tracetrack.migrations.entity;
