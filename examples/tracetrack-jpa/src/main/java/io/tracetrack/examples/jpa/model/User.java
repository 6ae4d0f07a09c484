package io.tracetrack.examples.jpa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A TraceTrack account. "user" is reserved in PostgreSQL, so the table is named users. */
@Entity
@Table(name = "users")
public class User {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String username;

  @Column(nullable = false, unique = true, length = 120)
  private String email;

  @Column(nullable = false)
  private String passwordHash;

  private boolean admin;

  private int failedLoginAttempts;

  private LocalDateTime lockedUntil;

  @Column(nullable = false, updatable = false)
  private LocalDateTime createdAt;
}
