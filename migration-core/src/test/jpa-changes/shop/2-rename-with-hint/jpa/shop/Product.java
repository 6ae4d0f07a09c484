package jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

@Entity
@Comment("Things the shop sells")
@Table(indexes = @Index(name = "product_name_idx", columnList = "displayName"),
    uniqueConstraints = @UniqueConstraint(columnNames = {"vendorCode", "vendorSku"}))
public class Product {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_ids")
  @SequenceGenerator(name = "product_ids", sequenceName = "product_id_seq", allocationSize = 25, initialValue = 1000)
  private long id;

  @Column(nullable = false, length = 200)
  private String displayName;

  @Column(nullable = false, length = 20)
  private String vendorCode;

  @Column(nullable = false, length = 40)
  private String vendorSku;

  @Column(precision = 10, scale = 2, nullable = false)
  @Comment("Price per unit, tax excluded")
  private BigDecimal unitPrice;

  @NaturalId
  @Column(length = 14)
  private String gtin;

  @ColumnDefault("0")
  @Column(name = "units_in_stock")
  @io.tracetrack.migrations.entity.Column(renamedFrom = "stock")
  private int stock;

  @JdbcTypeCode(SqlTypes.JSON)
  private String specs;

  private BigDecimal weightKg;

  @Column(columnDefinition = "text")
  private String description;

  private Double rating;

  @Version
  private int version;

  @ManyToMany
  @JoinTable(name = "productCategoryLink", joinColumns = @JoinColumn(name = "product"),
      inverseJoinColumns = @JoinColumn(name = "categoryRef"))
  private java.util.List<ProductCategory> categories;

  @ManyToOne
  private Supplier supplier;
}
