package io.tracetrack.migrations.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts the calls that each cost a round trip to the server: statements
 * executed, commits and rollbacks, on every connection it hands out.
 */
final class CountingDataSource implements DataSource {
  private static final Set<String> ROUND_TRIPS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "commit", "rollback");
  private final String url;
  final AtomicLong roundTrips = new AtomicLong();

  CountingDataSource(String url) {
    this.url = url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(Connection.class, DriverManager.getConnection(url, "postgres", null));
  }

  /** Wraps a connection or statement, counting its round trips and wrapping the statements it makes. */
  private <T> T counting(Class<T> type, T target) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (ROUND_TRIPS.contains(method.getName())) {
        roundTrips.incrementAndGet();
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (result instanceof Statement statement && method.getReturnType().isInterface()) {
        @SuppressWarnings("unchecked")
        Class<Statement> returned = (Class<Statement>) method.getReturnType();
        return counting(returned, returned.cast(statement));
      }
      return result;
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
