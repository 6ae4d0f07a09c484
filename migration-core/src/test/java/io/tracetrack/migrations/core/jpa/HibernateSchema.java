package io.tracetrack.migrations.core.jpa;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Hibernate's own schema for compiled entities, created in a live database: the judge's side. */
final class HibernateSchema {
  private HibernateSchema() {}

  /**
   * Lets Hibernate create the schema of the entities, as {@code schema-generation.database.action=create}
   * does; under {@code spring} naming with Spring Boot's two naming strategies.
   */
  static void create(DatabaseSettings database, ClassLoader loader, List<String> classNames, String naming)
      throws ClassNotFoundException {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(bootstrap)
        .applySetting("jakarta.persistence.jdbc.url", database.url())
        .applySetting("jakarta.persistence.jdbc.user", database.user())
        .applySetting("jakarta.persistence.schema-generation.database.action", "create")
        // Creates the schemas the entities name, as our migrations do.
        .applySetting("jakarta.persistence.create-database-schemas", "true")
        .applySetting("hibernate.connection.pool_size", "2")
        // As in an application with Hibernate Validator: the constraints reach the DDL.
        .applySetting("jakarta.persistence.validation.mode", "AUTO")
        .applySetting("hibernate.validator.apply_to_ddl", "true");
    if (naming.equals("spring")) {
      settings.applySetting("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName());
      settings.applySetting("hibernate.implicit_naming_strategy", SpringBootImplicitNaming.class.getName());
    }
    StandardServiceRegistry registry = settings.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : classNames) {
        sources.addAnnotatedClass(Class.forName(name, true, loader));
      }
      try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
        // Building the session factory created the schema.
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
