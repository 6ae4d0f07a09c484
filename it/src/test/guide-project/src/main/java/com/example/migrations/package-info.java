/** Database migrations, one class per revision, written by TraceTrack and reviewed by hand. */
package com.example.migrations;
