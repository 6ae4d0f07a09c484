/** Migrations, written by tracetrack:migrate. */
package com.example.migrations;
