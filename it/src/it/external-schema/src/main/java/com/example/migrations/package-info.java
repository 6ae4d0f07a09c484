/** Migrations of the external-schema IT. */
package com.example.migrations;
