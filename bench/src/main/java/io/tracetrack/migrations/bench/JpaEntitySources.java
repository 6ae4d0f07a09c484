package io.tracetrack.migrations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a realistic JPA model of many entities, as a large Spring Boot application has them: in
 * modules of 50 entities each, ids by identity or by a named sequence, 8 to 14 basic fields of the
 * usual types (strings with lengths, money, dates, enums, flags), an embedded address or amount,
 * a many-to-one to an earlier entity of the module with its one-to-many back, a many-to-many join
 * table on every tenth entity, indexes and unique constraints, and a {@code @Version}.
 */
final class JpaEntitySources {
  private static final int MODULE_SIZE = 50;

  private JpaEntitySources() {}

  /** Writes {@code count} entities (and the shared embeddables and enum) under {@code root}; returns the files. */
  static List<Path> write(Path root, int count) {
    List<Path> files = new ArrayList<>();
    String common = "bench.common";
    files.add(file(root, common, "Address", """
        @jakarta.persistence.Embeddable
        public class Address {
          @jakarta.persistence.Column(length = 120) private String street;
          @jakarta.persistence.Column(length = 80) private String city;
          @jakarta.persistence.Column(length = 12) private String postalCode;
          @jakarta.persistence.Column(length = 2) private String country;
        }
        """));
    files.add(file(root, common, "Amount", """
        @jakarta.persistence.Embeddable
        public class Amount {
          @jakarta.persistence.Column(precision = 14, scale = 2) private java.math.BigDecimal value;
          @jakarta.persistence.Column(length = 3) private String currency;
        }
        """));
    files.add(file(root, common, "Status", "public enum Status { DRAFT, ACTIVE, SUSPENDED, CLOSED }\n"));
    for (int i = 0; i < count; i++) {
      String pkg = "bench.module" + (i / MODULE_SIZE);
      files.add(file(root, pkg, "Entity" + i, entity(i)));
    }
    return files;
  }

  private static String entity(int i) {
    String name = "Entity" + i;
    boolean hasParent = i % MODULE_SIZE != 0;
    boolean hasChildren = i % MODULE_SIZE != MODULE_SIZE - 1;
    StringBuilder body = new StringBuilder();
    body.append("import jakarta.persistence.*;\n")
        .append("import bench.common.*;\n")
        .append("import java.math.BigDecimal;\nimport java.time.*;\nimport java.util.*;\n\n")
        .append("@Entity\n")
        .append("@Table(indexes = @Index(columnList = \"code\"),\n")
        .append("    uniqueConstraints = @UniqueConstraint(columnNames = {\"code\", \"revision\"}))\n")
        .append("public class ").append(name).append(" {\n");
    if (i % 2 == 0) {
      body.append("  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n");
    } else {
      body.append("  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"ids").append(i).append("\")\n")
          .append("  @SequenceGenerator(name = \"ids").append(i).append("\", sequenceName = \"entity").append(i)
          .append("_seq\", allocationSize = 20)\n  private Long id;\n");
    }
    body.append("  @Column(nullable = false, length = 40) private String code;\n")
        .append("  private int revision;\n")
        .append("  @Column(nullable = false, length = 200) private String title;\n")
        .append("  @Column(columnDefinition = \"text\") private String notes;\n")
        .append("  @Enumerated(EnumType.STRING) @Column(length = 16) private Status status;\n")
        .append("  private boolean archived;\n")
        .append("  private LocalDateTime createdAt;\n")
        .append("  private Instant updatedAt;\n");
    for (int f = 0; f < i % 7; f++) {
      body.append(switch (f % 4) {
        case 0 -> "  @Column(precision = 12, scale = 2) private BigDecimal figure" + f + ";\n";
        case 1 -> "  private LocalDate day" + f + ";\n";
        case 2 -> "  @Column(length = 64) private String label" + f + ";\n";
        default -> "  private Integer count" + f + ";\n";
      });
    }
    body.append(i % 3 == 0 ? "  @Embedded private Address address;\n" : "  @Embedded private Amount amount;\n");
    if (hasParent) {
      body.append("  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"parent_id\") private Entity").append(i - 1)
          .append(" parent;\n");
    }
    if (hasChildren) {
      body.append("  @OneToMany(mappedBy = \"parent\") private List<Entity").append(i + 1).append("> children;\n");
    }
    if (i % 10 == 5) {
      body.append("  @ManyToMany private Set<Entity").append(i - 1).append("> related;\n");
    }
    body.append("  @Version private long version;\n");
    body.append("  @Transient private String displayName;\n");
    body.append("}\n");
    return body.toString();
  }

  private static Path file(Path root, String pkg, String name, String body) {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "package " + pkg + ";\n\n" + body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
