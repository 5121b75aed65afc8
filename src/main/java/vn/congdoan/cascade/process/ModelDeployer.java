package vn.congdoan.cascade.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models and forms of the top-level {@code bpmn/} folder (packaged under {@code bpmn/} on
 * the classpath) as one deployment, with resource names relative to that folder, so that
 * {@code camunda:formRef} with binding {@code deployment} and {@code embedded:deployment:forms/…} find
 * their forms. Unchanged resources are not deployed again (duplicate filtering), so a restart creates no
 * new process definition versions.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelDeployer implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "directive-cascade";
  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);
  private static final String ROOT = "bpmn/";

  private final RepositoryService repository;

  public ModelDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    Map<String, Resource> resources = modelResources();
    DeploymentBuilder deployment = repository.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("directive-cascade application")
        .enableDuplicateFiltering(false);
    for (Map.Entry<String, Resource> entry : resources.entrySet()) {
      try (InputStream in = entry.getValue().getInputStream()) {
        deployment.addInputStream(entry.getKey(), in);
      }
    }
    DeploymentWithDefinitions result = deployment.deployWithResult();
    log.info("Models deployed ({} resources): deployment {}, {} new process definitions", resources.size(),
        result.getId(), result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
  }

  /** Every model and form under bpmn/, keyed by its path relative to bpmn/, in a stable order. */
  static Map<String, Resource> modelResources() throws IOException {
    Map<String, Resource> resources = new TreeMap<>(Comparator.naturalOrder());
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*")) {
      String url = resource.getURL().toString();
      String name = url.substring(url.lastIndexOf("/" + ROOT) + ROOT.length() + 1);
      if (resource.isReadable() && name.matches(".+\\.(bpmn|dmn|form|html)")) {
        resources.put(name, resource);
      }
    }
    if (resources.isEmpty()) {
      throw new IllegalStateException("No models found under classpath:" + ROOT);
    }
    return resources;
  }
}
