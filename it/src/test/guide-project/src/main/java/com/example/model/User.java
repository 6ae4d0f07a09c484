package com.example.model;

import io.tracetrack.migrations.entity.Column;
import io.tracetrack.migrations.entity.Entity;
import io.tracetrack.migrations.entity.Id;
import java.time.LocalDateTime;

@Entity
public class User {
    @Id
    private long id;

    @Column(length = 80, nullable = false, unique = true)
    private String username;

    @Column(length = 120)
    private String email;

    @Column(length = 128)
    private String passwordHash;

    @Column(nullable = false, serverDefault = "now()")
    private LocalDateTime createdAt;
}
