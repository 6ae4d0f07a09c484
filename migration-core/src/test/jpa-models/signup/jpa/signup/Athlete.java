package jpa.signup;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.Check;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;

/** Bean Validation constraints of every kind Hibernate writes into the DDL, and some it does not. */
@Entity
@Table(name = "athlete")
public class Athlete extends Audited {
  @Id
  @GeneratedValue
  private Long id;

  @NotBlank
  @Size(max = 80)
  private String fullName;

  @NotEmpty
  @Email
  private String email;

  @Length(max = 20)
  @Pattern(regexp = "[0-9+ ]*")
  private String phone;

  @Min(0)
  @Max(150)
  private Integer age;

  @Positive
  private int score;

  @Digits(integer = 6, fraction = 2)
  private BigDecimal balance;

  @Range(min = 1, max = 5)
  private Integer level;

  /** Bean Validation's size wins over @Column's length. */
  @Size(max = 40)
  @Column(length = 100)
  private String nickname;

  /** A constraint of another group: not applied to the DDL. */
  @NotNull(groups = Strict.class)
  private String motto;

  @NotNull
  @ManyToOne
  private Club club;

  @NotNull
  @Enumerated(EnumType.STRING)
  private Tier tier;

  /** Auto-converted: a varchar, no check of the enum's values. */
  private Handedness hand;

  /** Conversion disabled: Hibernate's own ordinal mapping, with its check. */
  @Convert(disableConversion = true)
  private Handedness kickingFoot;

  /** @Enumerated: no auto-applied converter. */
  @Enumerated(EnumType.STRING)
  private Handedness throwingHand;

  /** Hibernate's own unnamed check joins the constraints' in one column check. */
  @Check(constraints = "jersey <> 13")
  @Min(1)
  @Max(99)
  private Integer jersey;

  /** ... and the enum's check of the values. */
  @Check(constraints = "stance <> 'BOTH'")
  @Enumerated(EnumType.STRING)
  private Handedness stance;

  @AthleteCode(length = 8)
  private String code;

  /** Followed (@Valid) and NOT NULL: the address's own @NotNull counts. */
  @Valid
  @NotNull
  @Embedded
  private Address home;

  /** Not followed: the address's constraints leave these columns alone. */
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "work_street"))
  @AttributeOverride(name = "zip", column = @Column(name = "work_zip"))
  private Address work;

  /** Followed but nullable: sizes and checks count, NOT NULL does not. */
  @Valid
  @Embedded
  private GeoPoint location;

  /** Constraints on a collection leave its table alone. */
  @NotEmpty
  @Size(max = 3)
  @ElementCollection
  private List<String> tags;

  /** The groups whose constraints Hibernate does not apply to the DDL. */
  public interface Strict {}
}
