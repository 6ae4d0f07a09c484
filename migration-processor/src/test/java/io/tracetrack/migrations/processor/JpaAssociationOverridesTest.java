package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.compile;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.tracetrack.migrations.core.schema.Column;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @AssociationOverride} on an entity class, for the relations of its mapped superclasses. */
class JpaAssociationOverridesTest {

  private static final JavaFileObject TAG = source("desk.Tag", "package desk;", "import jakarta.persistence.*;",
      "@Entity public class Tag { @Id Long id; }");
  private static final JavaFileObject TAGGED = source("desk.Tagged", "package desk;", "import jakarta.persistence.*;",
      "@MappedSuperclass public abstract class Tagged {",
      "  @Id Long id; @ManyToMany java.util.Set<Tag> topics; @ManyToOne Tag mainTopic; }");

  @Test
  void anOverrideGivesAnInheritedRelationItsJoinTableOrJoinColumns() {
    Compilation compilation = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"topics\", joinTable = @JoinTable(name = \"branch_links\"))",
            "@AssociationOverride(name = \"mainTopic\", joinColumns = @JoinColumn(name = \"headline\"))",
            "public class Branch extends Tagged { }"));
    assertThat(compilation).succeededWithoutWarnings();
    var schema = snapshot(compilation).schema();
    assertEquals(List.of("id", "headline"),
        schema.table("branch").orElseThrow().columns().stream().map(Column::name).toList());
    assertEquals(List.of("branch_id", "topics_id"),
        schema.table("branch_links").orElseThrow().columns().stream().map(Column::name).toList());
  }

  @Test
  void anOverrideOfNoInheritedRelationOrOfTheWrongKindIsAnError() {
    Compilation unknown = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"topic\", joinColumns = @JoinColumn(name = \"t\"))",
            "public class Branch extends Tagged { }"));
    assertThat(unknown).hadErrorContaining("[TracetrackJpaNotSupported] Entity Branch: @AssociationOverride(name ="
        + " \"topic\") names no relation of its mapped superclasses");

    Compilation columnsOnMany = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"topics\", joinColumns = @JoinColumn(name = \"t\"))",
            "public class Branch extends Tagged { }"));
    assertThat(columnsOnMany).hadErrorContaining("@AssociationOverride(name = \"topics\", joinColumns) on a to-many"
        + " relation: override its join table with joinTable");

    Compilation tableOnOne = compile("spring", TAG, TAGGED,
        source("desk.Branch", "package desk;", "import jakarta.persistence.*;",
            "@Entity @AssociationOverride(name = \"mainTopic\", joinTable = @JoinTable(name = \"x\"))",
            "public class Branch extends Tagged { }"));
    assertThat(tableOnOne).hadErrorContaining("@AssociationOverride(name = \"mainTopic\", joinTable) on a to-one"
        + " relation, which has join columns");
  }
}
