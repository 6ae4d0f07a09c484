package jpa.audit;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "data_changes")
public class DataChange extends AuditEvent {
  public enum Kind { INSERT, UPDATE, DELETE }
  @Column(nullable = false, length = 63) private String tableName;
  @Enumerated(EnumType.STRING) @Column(length = 10) private Kind kind;
  @ElementCollection
  @CollectionTable(name = "data_change_fields", joinColumns = @JoinColumn(name = "change_id"))
  @Column(name = "field_name", length = 100)
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<String> changedFields;
  @ElementCollection @OrderColumn private List<FieldValue> oldValues;
  @ElementCollection @MapKeyColumn(name = "label", length = 40) @Column(name = "label_value") private Map<String, String> labels;
  @ElementCollection private Set<Integer> touchedShards;
  @ElementCollection private List<FieldValue> newValues;
}
