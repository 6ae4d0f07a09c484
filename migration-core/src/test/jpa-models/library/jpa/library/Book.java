package jpa.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Cascade;
import org.hibernate.annotations.CascadeType;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicInsert;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.SQLDelete;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.SelectBeforeUpdate;

/** Soft-deleted, filtered by language: a catalogue as Spring Boot applications write one. */
@Entity
@NamedQuery(name = "Book.byIsbn", query = "select b from Book b where b.isbn = :isbn")
@SQLDelete(sql = "update book set withdrawn = true where id = ? and version = ?")
@SQLRestriction("withdrawn = false")
@FilterDef(name = "language", parameters = @ParamDef(name = "code", type = String.class))
@Filter(name = "language", condition = "language = :code")
@DynamicInsert
@SelectBeforeUpdate
public class Book extends Audited implements Comparable<Book> {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "book_ids")
  @SequenceGenerator(name = "book_ids", sequenceName = "book_ids", allocationSize = 20)
  private Long id;

  @Column(nullable = false, unique = true, length = 17)
  private String isbn;

  @Column(length = 300)
  @ColumnTransformer(read = "trim(title)", write = "trim(?)")
  private String title;

  @LazyGroup("text")
  private String blurb;

  private String language;

  private boolean withdrawn;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @Cascade(CascadeType.LOCK)
  private Author author;

  @ManyToMany
  @JoinTable(name = "book_subject")
  private Set<Subject> subjects = new HashSet<>();

  @Override
  public int compareTo(Book other) {
    return isbn.compareTo(other.isbn);
  }
}
