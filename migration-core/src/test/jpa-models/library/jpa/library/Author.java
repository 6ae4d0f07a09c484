package jpa.library;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Nationalized;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.hibernate.annotations.SortNatural;
import org.hibernate.annotations.UuidGenerator;

@Entity
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@DynamicUpdate
@BatchSize(size = 25)
public class Author extends Audited {
  @Id
  @GeneratedValue
  @UuidGenerator
  private UUID id;

  @NaturalId
  private String penName;

  @Nationalized
  private String biography;

  @OneToMany(mappedBy = "author")
  @SortNatural
  @Fetch(FetchMode.SUBSELECT)
  @BatchSize(size = 10)
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  private SortedSet<Book> books = new TreeSet<>();
}
