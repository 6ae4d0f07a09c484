package io.tracetrack.migrations.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tracetrack.migrations.core.exchange.HistoryExchange;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The import and changelog goals find this module only through its service registration. */
class ExchangeServiceTest {

  @Test
  void theModuleIsRegisteredAsTheOneHistoryExchange() {
    List<Class<?>> found = ServiceLoader.load(HistoryExchange.class).stream()
        .map(ServiceLoader.Provider::type)
        .<Class<?>>map(type -> type)
        .toList();
    assertEquals(List.of(ExchangeService.class), found);
  }

  @Test
  void flywayLocationsAreFoldersOfTheProject() {
    HistoryExchange exchange = new ExchangeService();
    assertEquals("src/main/resources/db/migration", exchange.flywayFolder("classpath:db/migration"));
    assertEquals("sql/flyway", exchange.flywayFolder("filesystem:sql/flyway"));
    assertEquals("sql/flyway", exchange.flywayFolder("sql/flyway"));
  }
}
