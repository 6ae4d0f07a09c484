package io.tracetrack.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spring Boot's and plain Hibernate's names, as PostgreSQL keeps them. */
class JpaNamingTest {

  @Test
  void springSplitsCamelCaseAsCamelCaseToUnderscoresNamingStrategyDoes() {
    assertEquals("birth_date", JpaNaming.SPRING.physical("birthDate"));
    assertEquals("order_line", JpaNaming.SPRING.physical("OrderLine"));
    assertEquals("customer_id", JpaNaming.SPRING.joinColumn("", "customer", "id"));
    assertEquals("billing_address_id", JpaNaming.SPRING.joinColumn("", "billingAddress", "id"));
    // Only between a lower-case and an upper-case letter followed by a lower-case one, as Hibernate 6.6 does.
    assertEquals("httprequest", JpaNaming.SPRING.physical("HTTPRequest"));
    assertEquals("line2total", JpaNaming.SPRING.physical("line2Total"));
    assertEquals("orders_seq", JpaNaming.SPRING.defaultSequence("orders"));
    assertEquals("sales_item", JpaNaming.SPRING.physical("sales.item"));
    assertEquals("order_line", JpaNaming.SPRING.physical("\"OrderLine\""), "the strategy lower-cases quoted names");
  }

  @Test
  void jpaKeepsNamesAsWrittenWhichPostgresFoldsUnlessQuoted() {
    assertEquals("orderline", JpaNaming.JPA.physical("OrderLine"));
    assertEquals("birthdate", JpaNaming.JPA.column("", "birthDate"));
    assertEquals("customer_id", JpaNaming.JPA.joinColumn("", "customer", "id"));
    assertEquals("OrderLine", JpaNaming.JPA.physical("\"OrderLine\""));
    assertEquals("OrderLine", JpaNaming.JPA.physical("`OrderLine`"));
    assertEquals("post_seq", JpaNaming.JPA.defaultSequence("post"));
  }
}
