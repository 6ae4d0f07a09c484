package jpa.library;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.Bag;
import org.hibernate.annotations.FetchProfile;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.FilterJoinTable;
import org.hibernate.annotations.Imported;
import org.hibernate.annotations.LazyCollection;
import org.hibernate.annotations.LazyCollectionOption;
import org.hibernate.annotations.LazyToOne;
import org.hibernate.annotations.LazyToOneOption;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.PartitionKey;
import org.hibernate.annotations.Polymorphism;
import org.hibernate.annotations.PolymorphismType;
import org.hibernate.annotations.Proxy;
import org.hibernate.annotations.QueryCacheLayout;
import org.hibernate.annotations.CacheLayout;
import org.hibernate.annotations.SQLDeleteAll;
import org.hibernate.annotations.SQLInsert;
import org.hibernate.annotations.SQLJoinTableRestriction;
import org.hibernate.annotations.SQLOrder;
import org.hibernate.annotations.SQLSelect;
import org.hibernate.annotations.SQLUpdate;
import org.hibernate.annotations.SortComparator;
import org.hibernate.annotations.Where;
import org.hibernate.annotations.WhereJoinTable;
import org.hibernate.type.descriptor.java.Immutability;

/** A reader: the rest of Hibernate's annotations that leave the DDL as it is. */
@Entity
@Imported
@Proxy(lazy = false)
@Polymorphism(type = PolymorphismType.EXPLICIT)
@QueryCacheLayout(layout = CacheLayout.SHALLOW)
@FilterDef(name = "recent", defaultCondition = "1 = 1")
@FetchProfile(name = "member-with-loans")
@SQLInsert(sql = "insert into member (branch, card, home_id, name, region, id) values (?, ?, ?, ?, ?, ?)")
@SQLUpdate(sql = "update member set branch = ?, card = ?, home_id = ?, name = ?, region = ? where id = ?")
@SQLSelect(sql = "select * from member where id = ?")
@Where(clause = "1 = 1")
public class Member {
  @Id
  private Long id;

  @Mutability(Immutability.class)
  private String card;

  @PartitionKey
  private String region;

  private String name;

  private String branch;

  @ManyToOne(fetch = FetchType.LAZY)
  @LazyToOne(LazyToOneOption.PROXY)
  private Branch home;

  @ManyToMany
  @JoinTable(name = "member_wish")
  @SortComparator(ByIsbn.class)
  @FilterJoinTable(name = "recent", condition = "1 = 1")
  @SQLJoinTableRestriction("1 = 1")
  @WhereJoinTable(clause = "1 = 1")
  private SortedSet<Book> wishes = new TreeSet<>();

  @ManyToMany
  @JoinTable(name = "member_reading")
  @OrderColumn
  @ListIndexBase(1)
  @LazyCollection(LazyCollectionOption.EXTRA)
  private List<Book> reading = new ArrayList<>();

  @ManyToMany
  @JoinTable(name = "member_read")
  @Bag
  @SQLOrder("isbn")
  @org.hibernate.annotations.OrderBy(clause = "isbn")
  @SQLDeleteAll(sql = "delete from member_read where member_id = ?")
  private List<Book> read = new ArrayList<>();

  /** Orders a reader's wishes. */
  public static final class ByIsbn implements Comparator<Book> {
    @Override
    public int compare(Book a, Book b) {
      return a.compareTo(b);
    }
  }
}
