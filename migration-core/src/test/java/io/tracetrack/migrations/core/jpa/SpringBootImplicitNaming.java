package io.tracetrack.migrations.core.jpa;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's {@code SpringImplicitNamingStrategy}, which is not on this path (it lives in
 * spring-boot's jar): JPA's implicit names, but a join table is the owning table, {@code _} and
 * the owning property, where JPA joins the two table names.
 */
public class SpringBootImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
