package jpa.blog;

/** Not mapped: Hibernate neither reads its field nor stops at it on the way to Audited. */
public abstract class Sortable<ID extends java.io.Serializable> extends Audited<ID> {
  protected int sortKey;
}
