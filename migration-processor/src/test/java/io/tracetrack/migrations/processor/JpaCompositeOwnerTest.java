package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.compile;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Collection and join tables owned by an entity whose key has several columns, and what is refused there. */
class JpaCompositeOwnerTest {

  private static final JavaFileObject KEY = source("bank.AccountKey", "package bank;", "import jakarta.persistence.*;",
      "@Embeddable public class AccountKey implements java.io.Serializable {",
      "  @Column(length = 3) String currency; long number; }");
  private static final JavaFileObject TAG = source("bank.Tag", "package bank;", "import jakarta.persistence.*;",
      "@Entity public class Tag { @Id Long id; }");

  @Test
  void everyKeyColumnJoinsTheCollectionTableWithOneForeignKey() {
    Compilation compilation = compile("spring", KEY, TAG,
        source("bank.Account", "package bank;", "import jakarta.persistence.*;",
            "@Entity public class Account {",
            "  @EmbeddedId AccountKey id;",
            "  @ElementCollection java.util.Set<String> labels;",
            "  @ManyToMany java.util.Set<Tag> tags;",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    var schema = snapshot(compilation).schema();
    Table labels = schema.table("account_labels").orElseThrow();
    assertEquals(List.of(new Column("account_currency", "varchar(3)", false, null),
        new Column("account_number", "bigint", false, null), new Column("labels", "varchar(255)", true, null)),
        labels.columns());
    assertEquals(List.of(new ForeignKey("fk_account_labels_account_currency_account_number_account",
        List.of("account_currency", "account_number"), "account", List.of("currency", "number"), ForeignKey.NO_ACTION,
        ForeignKey.NO_ACTION)), labels.foreignKeys());
    Table tags = schema.table("account_tags").orElseThrow();
    assertEquals(List.of("account_currency", "account_number", "tags_id"),
        tags.columns().stream().map(Column::name).toList());
    assertEquals(3, tags.primaryKey().size(), "a set's join table: owner and element");
  }

  @Test
  void joinColumnsMustMatchTheKeyByReferencedColumnName() {
    Compilation tooFew = compile("spring", KEY,
        source("bank.Account", "package bank;", "import jakarta.persistence.*;",
            "@Entity public class Account {",
            "  @EmbeddedId AccountKey id;",
            "  @ElementCollection @CollectionTable(joinColumns = @JoinColumn(name = \"acc\"))",
            "  java.util.Set<String> labels;",
            "}"));
    assertThat(tooFew).hadErrorContaining("[TracetrackJpaNotSupported] Field labels: @CollectionTable(joinColumns) gives"
        + " 1 join columns for a key of 2 columns");

    Compilation unmatched = compile("spring", KEY, TAG,
        source("bank.Account", "package bank;", "import jakarta.persistence.*;",
            "@Entity public class Account {",
            "  @EmbeddedId AccountKey id;",
            "  @ManyToMany @JoinTable(joinColumns = {@JoinColumn(name = \"a\", referencedColumnName = \"currency\"),",
            "      @JoinColumn(name = \"b\", referencedColumnName = \"iban\")}) java.util.Set<Tag> tags;",
            "}"));
    assertThat(unmatched).hadErrorContaining("[TracetrackJpaNotSupported] Field tags: each of @JoinTable(joinColumns)"
        + " names a column of the key (currency, number) with referencedColumnName; \"iban\" is none");
  }

  @Test
  void aJoinedSubclassNamesEachKeyColumnByTheParentColumnItJoins() {
    JavaFileObject account = source("bank.Account", "package bank;", "import jakarta.persistence.*;",
        "@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Account { @EmbeddedId AccountKey id; }");
    Compilation named = compile("spring", KEY, account,
        source("bank.Savings", "package bank;", "import jakarta.persistence.*;",
            "@Entity @PrimaryKeyJoinColumns({",
            "  @PrimaryKeyJoinColumn(name = \"s_number\", referencedColumnName = \"number\"),",
            "  @PrimaryKeyJoinColumn(name = \"s_currency\", referencedColumnName = \"currency\")})",
            "public class Savings extends Account { }"),
        source("bank.Checking", "package bank;", "import jakarta.persistence.*;",
            "@Entity public class Checking extends Account { }"));
    assertThat(named).succeededWithoutWarnings();
    var schema = snapshot(named).schema();
    Table savings = schema.table("savings").orElseThrow();
    assertEquals(List.of(new ForeignKey("fk_savings_s_currency_s_number_account", List.of("s_currency", "s_number"),
        "account", List.of("currency", "number"), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION)), savings.foreignKeys());
    assertEquals(List.of("currency", "number"), schema.table("checking").orElseThrow().primaryKey(),
        "without @PrimaryKeyJoinColumns, named as the parent's");

    Compilation one = compile("spring", KEY, account,
        source("bank.Savings", "package bank;", "import jakarta.persistence.*;",
            "@Entity @PrimaryKeyJoinColumn(name = \"s_number\") public class Savings extends Account { }"));
    assertThat(one).hadErrorContaining("[TracetrackJpaInheritance] Entity Savings: Account's key has 2 columns"
        + " (currency, number); give one @PrimaryKeyJoinColumn per column in @PrimaryKeyJoinColumns");
    Compilation unnamed = compile("spring", KEY, account,
        source("bank.Savings", "package bank;", "import jakarta.persistence.*;",
            "@Entity @PrimaryKeyJoinColumns({@PrimaryKeyJoinColumn(name = \"a\"), @PrimaryKeyJoinColumn(name = \"b\")})",
            "public class Savings extends Account { }"));
    assertThat(unnamed).hadErrorContaining("each naming its column with referencedColumnName");
  }

  @Test
  void aUnidirectionalOneToManyPutsOneJoinColumnPerKeyColumnOnItsTarget() {
    Compilation compilation = compile("spring", KEY, TAG,
        source("bank.Account", "package bank;", "import jakarta.persistence.*;",
            "@Entity public class Account {",
            "  @EmbeddedId AccountKey id;",
            "  @OneToMany @JoinColumns({@JoinColumn(name = \"acc_cur\", referencedColumnName = \"currency\"),",
            "      @JoinColumn(name = \"acc_no\", referencedColumnName = \"number\")}) java.util.Set<Tag> tags;",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Table tag = snapshot(compilation).schema().table("tag").orElseThrow();
    assertEquals(List.of(new Column("id", "bigint", false, null), new Column("acc_cur", "varchar(3)", true, null),
        new Column("acc_no", "bigint", true, null)), tag.columns());
    assertEquals(List.of(new ForeignKey("fk_tag_acc_cur_acc_no_account", List.of("acc_cur", "acc_no"), "account",
        List.of("currency", "number"), ForeignKey.NO_ACTION, ForeignKey.NO_ACTION)), tag.foreignKeys());

    Compilation one = compile("spring", KEY, TAG,
        source("bank.Account", "package bank;", "import jakarta.persistence.*;",
            "@Entity public class Account {",
            "  @EmbeddedId AccountKey id;",
            "  @OneToMany @JoinColumn(name = \"acc\") java.util.Set<Tag> tags;",
            "}"));
    assertThat(one).hadErrorContaining("[TracetrackJpaNotSupported] Field tags: @JoinColumns gives 1 join columns for a"
        + " key of 2 columns");
  }
}
