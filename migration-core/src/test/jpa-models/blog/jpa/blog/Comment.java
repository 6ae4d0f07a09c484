package jpa.blog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

@Entity(name = "PostComment")
public class Comment {
  public enum State { PENDING, APPROVED, SPAM }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Post post;

  @ManyToOne
  @JoinColumn(name = "writtenBy")
  private Author author;

  @Column(nullable = false, length = 2000)
  private String content;

  @Enumerated(EnumType.STRING)
  @Column(length = 16, nullable = false)
  private State state;

  @Basic(optional = false)
  private LocalDateTime createdAt;

  private boolean pinned;
}
