/**
 * Check: the entities against the migrations (offline), and a live database
 * against the migrations (pending revisions, changed applied migrations, schema drift).
 */
package io.tracetrack.migrations.core.check;
