package vn.congdoan.cascade.process;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for the database migrations (Flyway) like JPA does. On a new database
 * Flyway must find the schema empty: had the engine created its ACT_* tables first, Flyway would
 * refuse a non-empty schema without its history table. Registered in META-INF/spring.factories.
 */
public class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
  }
}
