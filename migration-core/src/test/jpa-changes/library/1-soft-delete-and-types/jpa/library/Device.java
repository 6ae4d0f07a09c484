package jpa.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An e-reader lent with the books: column types set by Hibernate's type codes, and Java types it maps on its own. */
@Entity
public class Device {
  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  private UUID serial;

  @JdbcTypeCode(SqlTypes.VARCHAR)
  private UUID batch;

  @JdbcTypeCode(SqlTypes.UUID)
  private UUID owner;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 2)
  private String shelfCode;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String notes;

  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  private String manual;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] firmware;

  @JdbcTypeCode(SqlTypes.SQLXML)
  private String settings;

  @JdbcTypeCode(SqlTypes.INET)
  private String lastAddress;

  @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
  private Duration loanPeriod;

  @JdbcTypeCode(SqlTypes.SMALLINT)
  private int slot;

  private InetAddress homeAddress;

  private Duration battery;

  private OffsetTime wakesAt;

  private Year model;

  private Currency priceCurrency;

  private Locale language;

  private ZoneId zone;

  private URL support;

  private byte revision;

  private Byte channel;

  private char[] pin;
}
