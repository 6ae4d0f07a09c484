package io.tracetrack.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource({
      "User, user",
      "OrderLine, order_line",
      "HTTPRequest, http_request",
      "lastLogin, last_login",
      "userID, user_id",
      "id, id",
      "URL, url",
      "already_snake, already_snake",
      "address2Line, address2_line",
      "Snake_Case, snake_case",
  })
  void snakeCase(String javaName, String expected) {
    assertEquals(expected, Names.snakeCase(javaName));
  }
}
