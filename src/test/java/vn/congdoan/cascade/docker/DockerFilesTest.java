package vn.congdoan.cascade.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Element;

/**
 * docker/: no Docker engine runs here, so the compose file and the Dockerfile are checked as files:
 * the services it starts, and that what each node is given is what the application reads (its
 * environment resolved the way Spring Boot resolves it, with the application's own YAML files).
 */
class DockerFilesTest {

  private static final Path DOCKER = Path.of("docker");
  private static final ObjectMapper YAML = new YAMLMapper();

  private final JsonNode compose = read(DOCKER.resolve("compose.yaml"));
  private final JsonNode services = compose.get("services");

  @Test
  void composeStartsPostgres_aMailCatcher_andTwoApplicationNodes() {
    JsonNode db = services.get("db");
    assertThat(db.get("image").asText()).startsWith("postgres:");
    assertThat(db.at("/healthcheck/test").toString()).contains("pg_isready");
    assertThat(services.get("mail").get("image").asText()).containsAnyOf("mailpit", "maildev");

    List<String> nodes = applicationNodes();
    assertThat(nodes).hasSize(2);
    Set<String> hostPorts = new HashSet<>();
    for (String name : nodes) {
      JsonNode node = services.get(name);
      assertThat(DOCKER.resolve(node.at("/build/context").asText()).resolve("pom.xml")).as(name + " builds the project").exists();
      assertThat(DOCKER.resolve(node.at("/build/context").asText()).resolve(node.at("/build/dockerfile").asText()).normalize())
          .as(name + " is built with docker/Dockerfile").isEqualTo(Path.of("docker/Dockerfile"));
      assertThat(node.at("/depends_on/db/condition").asText()).as(name + " waits for a healthy database").isEqualTo("service_healthy");
      assertThat(node.at("/depends_on/mail").isMissingNode()).as(name + " starts after the mail catcher").isFalse();
      assertThat(node.get("ports")).hasSize(1);
      String[] mapping = node.get("ports").get(0).asText().split(":");
      assertThat(hostPorts.add(mapping[0])).as(name + " has a host port of its own").isTrue();
      assertThat(mapping[1]).as(name + " publishes the port the image exposes").isEqualTo(exposedPort());
    }
  }

  @Test
  void everyNode_isConfiguredWithThePropertiesTheApplicationReads() throws IOException {
    JsonNode dbEnvironment = services.get("db").get("environment");
    Set<String> placeholders = placeholdersInApplicationYaml();
    for (String name : applicationNodes()) {
      Map<String, Object> environment = new LinkedHashMap<>();
      services.get(name).get("environment").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
      for (String variable : environment.keySet()) {
        assertThat(placeholders.contains(variable) || SPRING_BOOT_VARIABLES.contains(variable))
            .as(name + ": the application reads " + variable).isTrue();
      }
      StandardEnvironment spring = resolve(environment);
      assertThat(spring.getActiveProfiles()).as(name).contains("postgres");
      assertThat(spring.getProperty("spring.datasource.url"))
          .isEqualTo("jdbc:postgresql://db:5432/" + dbEnvironment.get("POSTGRES_DB").asText());
      assertThat(spring.getProperty("spring.datasource.username")).isEqualTo(dbEnvironment.get("POSTGRES_USER").asText());
      assertThat(spring.getProperty("spring.datasource.password")).isEqualTo(dbEnvironment.get("POSTGRES_PASSWORD").asText());
      assertThat(spring.getProperty("spring.mail.host")).isEqualTo("mail");
      assertThat(spring.getProperty("spring.mail.port")).as("Mailpit's SMTP port").isEqualTo("1025");
      assertThat(spring.getProperty("camunda.bpm.job-execution.enabled")).as(name + " runs jobs").isEqualTo("true");
      assertThat(spring.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
      assertThat(spring.getProperty("cascade.mail.public-url"))
          .isEqualTo("http://localhost:" + services.get(name).get("ports").get(0).asText().split(":")[0]);
    }
  }

  @Test
  void dockerfile_buildsTheJarOfThePom_andExposesTheServerPort() throws Exception {
    String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
    Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
        .getDocumentElement();
    String jar = child(project, "artifactId") + "-" + child(project, "version") + ".jar";
    Matcher copy = Pattern.compile("COPY --from=build /src/target/(\\S+) (\\S+)").matcher(dockerfile);
    assertThat(copy.find()).as("the Dockerfile copies the built jar").isTrue();
    assertThat(copy.group(1)).isEqualTo(jar);
    assertThat(dockerfile).contains("\"-jar\", \"" + copy.group(2) + "\"");
    for (String source : List.of("mvnw", "pom.xml", ".mvn/", "bpmn/", "src/main/")) {
      assertThat(dockerfile).contains(source);
      assertThat(Path.of(source)).exists();
    }
    assertThat(exposedPort()).isEqualTo(resolve(Map.of()).getProperty("server.port"));
  }

  /**
   * The profile "backup": a PostgreSQL client container runs docker/backup/backup-postgres.sh (the script
   * PostgresBackupRestoreTest runs) against the compose database, with its credentials, into a host folder.
   */
  @Test
  void backupProfile_dumpsTheComposeDatabase_withTheTestedScript() {
    JsonNode backup = services.get("backup");
    assertThat(backup.get("profiles").toString()).contains("\"backup\"");
    assertThat(backup.get("image").asText()).isEqualTo(services.get("db").get("image").asText());
    assertThat(backup.at("/depends_on/db/condition").asText()).isEqualTo("service_healthy");
    JsonNode db = services.get("db").get("environment");
    assertThat(backup.at("/environment/PGHOST").asText()).isEqualTo("db");
    assertThat(backup.at("/environment/PGUSER").asText()).isEqualTo(db.get("POSTGRES_USER").asText());
    assertThat(backup.at("/environment/PGPASSWORD").asText()).isEqualTo(db.get("POSTGRES_PASSWORD").asText());
    assertThat(backup.at("/environment/PGDATABASE").asText()).isEqualTo(db.get("POSTGRES_DB").asText());
    assertThat(backup.get("volumes").toString()).contains("./backup:/scripts:ro");
    assertThat(DOCKER.resolve("backup/backup-postgres.sh")).isRegularFile();
    assertThat(backup.get("entrypoint").toString()).contains("/scripts/backup-postgres.sh /backups");
  }

  /**
   * The profile "monitoring": Prometheus scrapes every application node's /actuator/prometheus as the
   * administrator (password from a Docker secret, the administrator's password the nodes read), with the
   * alert rules loaded; Grafana is provisioned with Prometheus and the dashboard. Every file parses, and
   * every metric the rules and the dashboard query is one the application publishes.
   */
  @Test
  void monitoringProfile_scrapesEveryNode_withAlertsAndADashboardOnTheApplicationsMetrics() throws IOException {
    for (String name : List.of("prometheus", "grafana")) {
      assertThat(services.get(name).get("profiles").toString()).as(name).contains("\"monitoring\"");
    }
    JsonNode prometheus = services.get("prometheus");
    Path config = DOCKER.resolve("monitoring/prometheus/prometheus.yml");
    assertThat(prometheus.get("volumes").toString()).contains("./monitoring/prometheus:/etc/prometheus");
    JsonNode scrape = read(config).get("scrape_configs").get(0);
    assertThat(scrape.get("metrics_path").asText()).isEqualTo("/actuator/prometheus");
    List<String> targets = new ArrayList<>();
    scrape.at("/static_configs/0/targets").forEach(t -> targets.add(t.asText()));
    assertThat(targets).containsExactlyInAnyOrderElementsOf(
        applicationNodes().stream().map(n -> n + ":" + exposedPort()).toList());
    assertThat(scrape.at("/basic_auth/username").asText()).isEqualTo(resolve(Map.of()).getProperty("cascade.admin.username"));
    String secret = scrape.at("/basic_auth/password_file").asText().replace("/run/secrets/", "");
    assertThat(prometheus.get("secrets").toString()).contains(secret);
    assertThat(compose.at("/secrets/" + secret + "/environment").asText()).isEqualTo("CASCADE_ADMIN_PASSWORD");
    for (String node : applicationNodes()) {
      assertThat(services.get(node).at("/environment/CASCADE_ADMIN_PASSWORD").asText())
          .as(node + " has the administrator Prometheus scrapes as").contains("CASCADE_ADMIN_PASSWORD");
    }

    JsonNode rules = read(DOCKER.resolve("monitoring/prometheus/alerts.yml"));
    assertThat(read(config).get("rule_files").get(0).asText()).isEqualTo("/etc/prometheus/alerts.yml");
    Set<String> alerts = new HashSet<>();
    List<String> expressions = new ArrayList<>();
    rules.at("/groups/0/rules").forEach(rule -> {
      alerts.add(rule.get("alert").asText());
      expressions.add(rule.get("expr").asText());
    });
    assertThat(alerts).containsExactlyInAnyOrder("CascadeIncidentOpen", "CascadeMailFailing", "CascadeNotReady");

    JsonNode grafana = services.get("grafana");
    assertThat(grafana.get("volumes").toString()).contains("./monitoring/grafana/provisioning:/etc/grafana/provisioning",
        "./monitoring/grafana/dashboards:/var/lib/grafana/dashboards");
    assertThat(read(DOCKER.resolve("monitoring/grafana/provisioning/datasources/prometheus.yml")).at("/datasources/0/url").asText())
        .isEqualTo("http://prometheus:9090");
    assertThat(read(DOCKER.resolve("monitoring/grafana/provisioning/dashboards/dashboards.yml")).at("/providers/0/options/path")
        .asText()).isEqualTo("/var/lib/grafana/dashboards");
    JsonNode dashboard = new ObjectMapper().readTree(DOCKER.resolve("monitoring/grafana/dashboards/directive-cascade.json").toFile());
    assertThat(dashboard.get("panels")).hasSizeGreaterThan(5);
    dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(t -> expressions.add(t.get("expr").asText())));

    Matcher metric = Pattern.compile("\\b(cascade_[a-z_]+|http_server_[a-z_]+)").matcher(String.join("\n", expressions));
    Set<String> queried = new HashSet<>();
    while (metric.find()) {
      queried.add(metric.group(1));
    }
    assertThat(queried).isNotEmpty().allSatisfy(name -> assertThat(PUBLISHED).as("a metric the application publishes").contains(name));
  }

  /** The metrics the application publishes, as Prometheus names them (docs/operations.md; ActuatorEndpointsTest reads them). */
  static final Set<String> PUBLISHED = Set.of("cascade_directives_in_progress", "cascade_units", "cascade_units_overdue",
      "cascade_engine_jobs_due", "cascade_engine_jobs_failed", "cascade_engine_incidents_open",
      "cascade_engine_job_acquisitions_total", "cascade_engine_job_executions_total", "cascade_task_completions_total",
      "cascade_form_refusals_total", "cascade_notifications_total", "cascade_notifications_retried_total",
      "cascade_documents_issued_total", "http_server_requests_seconds_count");

  /** Variables Spring Boot maps onto its own properties (relaxed binding), which the application uses. */
  private static final Set<String> SPRING_BOOT_VARIABLES = Set.of("SPRING_PROFILES_ACTIVE", "SPRING_MAIL_HOST",
      "SPRING_MAIL_PORT", "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD");

  private List<String> applicationNodes() {
    List<String> nodes = new ArrayList<>();
    services.fields().forEachRemaining(e -> {
      if (e.getValue().has("build")) {
        nodes.add(e.getKey());
      }
    });
    return nodes;
  }

  private String exposedPort() {
    try {
      Matcher expose = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(Files.readString(DOCKER.resolve("Dockerfile")));
      assertThat(expose.find()).isTrue();
      return expose.group(1);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The node's environment as Spring Boot sees it: the variables, then the active profiles' YAML, then application.yaml. */
  private static StandardEnvironment resolve(Map<String, Object> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    MutablePropertySources sources = environment.getPropertySources();
    sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    sources.addFirst(new SystemEnvironmentPropertySource("compose", variables));
    String profiles = environment.getProperty("spring.profiles.active", "");
    List<String> active = Stream.of(profiles.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    environment.setActiveProfiles(active.toArray(String[]::new));
    for (int i = active.size() - 1; i >= 0; i--) {
      yaml("application-" + active.get(i) + ".yaml").forEach(sources::addLast);
    }
    yaml("application.yaml").forEach(sources::addLast);
    return environment;
  }

  private static List<PropertySource<?>> yaml(String name) {
    ClassPathResource resource = new ClassPathResource(name);
    try {
      return resource.exists() ? new YamlPropertySourceLoader().load(name, resource) : List.of();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<String> placeholdersInApplicationYaml() throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.yaml")).toList()) {
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(Files.readString(file));
        while (placeholder.find()) {
          names.add(placeholder.group(1));
        }
      }
    }
    return names;
  }

  private static String child(Element parent, String name) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("pom.xml has no " + name);
  }

  private static JsonNode read(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + file, e);
    }
  }
}
