package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a migration runs, in order: SQL statements, and Java data steps between them. */
sealed interface Action {
  void run(Connection connection) throws SQLException;

  String describe();

  record SqlAction(String sql) implements Action {
    @Override
    public void run(Connection connection) throws SQLException {
      try (Statement jdbc = connection.createStatement()) {
        jdbc.execute(sql);
      }
    }

    @Override
    public String describe() {
      return sql;
    }
  }

  record JavaAction(RawOperation.RunJava step) implements Action {
    @Override
    public void run(Connection connection) {
      try {
        step.step().run(connection);
      } catch (Exception e) {
        throw new DataStepException(e);
      }
    }

    @Override
    public String describe() {
      return step.describe();
    }
  }

  /** A data step's own failure, carried out of {@link Action#run} to be reported as the step's. */
  final class DataStepException extends RuntimeException {
    DataStepException(Exception cause) {
      super(cause);
    }
  }

  /** The actions of a migration's recorded operations, one per SQL statement or data step. */
  static List<Action> of(List<Operation> operations) {
    List<Action> actions = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation instanceof RawOperation.RunJava step) {
        actions.add(new JavaAction(step));
      } else {
        operation.statements().forEach(sql -> actions.add(new SqlAction(sql)));
      }
    }
    return actions;
  }
}
