package jpa.library;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalTime;
import org.hibernate.annotations.Collate;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.FractionalSeconds;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.GeneratedColumn;
import org.hibernate.annotations.SoftDelete;

/** A reader's review: soft-deleted, with a score the database computes. */
@Entity
@SoftDelete
public class Review {
  @Id
  @GeneratedValue
  private Long id;

  @ManyToOne(optional = false)
  private Book book;

  private int stars;

  private int helpfulVotes;

  @GeneratedColumn("stars * 10")
  private Integer score;

  @Generated
  @ColumnDefault("now()")
  private Instant postedAt;

  @FractionalSeconds(2)
  private Instant editedAt;

  @FractionalSeconds(0)
  private LocalTime readAt;

  @Collate("POSIX")
  private String sortKey;

  @GeneratedColumn("stars * 2")
  private Integer doubled;
}
