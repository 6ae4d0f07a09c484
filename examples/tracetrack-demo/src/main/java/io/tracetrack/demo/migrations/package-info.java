/** Database migrations, written by tracetrack:migrate and tracetrack:revision. */
package io.tracetrack.demo.migrations;
