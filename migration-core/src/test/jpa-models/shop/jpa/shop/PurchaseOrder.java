package jpa.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

@Entity
@Table(name = "orders", indexes = @Index(columnList = "placedAt DESC"))
public class PurchaseOrder {
  public enum Status { NEW, PAID, SHIPPED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @ManyToOne(optional = false)
  private Customer customer;

  @ManyToOne
  @JoinColumn(name = "billingCustomer")
  private Customer billTo;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Enumerated
  private Status previousStatus;

  private LocalDateTime placedAt;

  @Convert(converter = ChannelConverter.class)
  private Channel channel;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "amount", column = @Column(name = "totalAmount", precision = 14, scale = 2, nullable = false)),
      @AttributeOverride(name = "currency", column = @Column(name = "totalCurrency", length = 3))})
  private Money total;

  private Address shippingAddress;

  private Instant paidAt;

  @OneToMany(mappedBy = "order")
  private List<OrderLine> lines;

  @jakarta.persistence.Version
  private Long version;
}
