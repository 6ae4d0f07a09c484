package io.tracetrack.examples.jpa.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A piece of work in a project. */
@Entity
@Table(indexes = @Index(name = "task_due_date_idx", columnList = "dueDate"))
public class Task {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Project project;

  @ManyToOne
  private User assignee;

  @ManyToOne
  private User reviewer;

  @Column(nullable = false)
  private short priority;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TaskStatus status;

  private LocalDate dueDate;

  @Embedded
  private Effort effort;

  @Version
  private int version;
}
