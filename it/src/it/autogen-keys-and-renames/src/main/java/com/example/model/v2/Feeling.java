package com.example.model.v2;

import io.tracetrack.migrations.entity.RenamedFrom;

@RenamedFrom("mood")
public enum Feeling { SAD, @RenamedFrom("FINE") OK, HAPPY }
