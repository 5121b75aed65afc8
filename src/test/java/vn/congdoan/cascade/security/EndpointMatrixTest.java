package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.congdoan.cascade.support.TasklistSession;

/**
 * Every endpoint of the engine's REST API, as Camunda's own OpenAPI description lists it (399 operations
 * in 7.24), called by every role — nobody logged in, a CĐCS officer, the sector's office and chair, an
 * administrator — in six spellings of its path: as written, with its ids percent-encoded, double-encoded,
 * with a mixed-case segment, with a trailing slash and with a {@code ;} path parameter. The edge
 * ({@link ApiGuard}) must let through exactly the allowed set: officers {@link #OFFICER_OPERATIONS} (and
 * OPTIONS), administrators everything, and nobody logged in nothing (401). A spelling never changes the
 * decision for the worse: what is refused as written is refused however it is encoded. The same for the
 * officer through Tasklist's copy of the API with the webapps' session. Ids are ones that exist nowhere
 * and bodies malformed JSON, so that nothing is changed even where a call is allowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cascade.test-context=endpoint-matrix")
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointMatrixTest {

  /** What an officer who is not an administrator may call (OpenAPI operation ids), besides OPTIONS. */
  static final Set<String> OFFICER_OPERATIONS = Set.of(
      "addIdentityLink", "checkPassword", "claim", "complete", "createComment", "delegateTask", "deleteIdentityLink",
      "executeFilterCount", "executeFilterList", "executeFilterSingleResult", "getActivityInstanceTree",
      "getAttachment", "getAttachmentData", "getAttachments", "getComment", "getComments", "getDeployedForm",
      "getDeployedStartForm", "getDeployedStartFormByKey", "getDeployedStartFormByKeyAndTenantId",
      "getDeploymentResource", "getDeploymentResourceData", "getDeploymentResources", "getFilterCount",
      "getFilterList", "getForm", "getFormVariables", "getGroup", "getGroupCount", "getGroupInfo",
      "getHistoricActivityInstances", "getHistoricActivityInstancesCount", "getHistoricDetails",
      "getHistoricDetailsCount", "getHistoricIdentityLinks", "getHistoricIdentityLinksCount",
      "getHistoricProcessInstance", "getHistoricProcessInstances", "getHistoricProcessInstancesCount",
      "getHistoricTaskInstances", "getHistoricTaskInstancesCount", "getHistoricVariableInstances",
      "getHistoricVariableInstancesCount", "getIdentityLinks", "getLatestProcessDefinitionByTenantId",
      "getPasswordPolicy", "getProcessDefinition", "getProcessDefinitionBpmn20Xml",
      "getProcessDefinitionBpmn20XmlByKey", "getProcessDefinitionBpmn20XmlByKeyAndTenantId",
      "getProcessDefinitionByKey", "getProcessDefinitionDiagram", "getProcessDefinitionDiagramByKey",
      "getProcessDefinitionDiagramByKeyAndTenantId", "getProcessDefinitions", "getProcessDefinitionsCount",
      "getProcessEngineNames", "getProcessInstance", "getProcessInstanceVariable", "getProcessInstanceVariableBinary",
      "getProcessInstanceVariables", "getProcessInstances", "getProcessInstancesCount", "getQueryGroups",
      "getRenderedForm", "getRenderedStartForm", "getRenderedStartFormByKey", "getRenderedStartFormByKeyAndTenantId",
      "getRestAPIVersion", "getSingleFilter", "getStartForm", "getStartFormByKey", "getStartFormByKeyAndTenantId",
      "getStartFormVariables", "getStartFormVariablesByKey", "getStartFormVariablesByKeyAndTenantId", "getTask",
      "getTaskLocalVariable", "getTaskLocalVariableBinary", "getTaskLocalVariables", "getTaskVariable",
      "getTaskVariableBinary", "getTaskVariables", "getTasks", "getTasksCount", "getUserCount", "getUserProfile",
      "getUsers", "isUserAuthorized", "postExecuteFilterCount", "postExecuteFilterList",
      "postExecuteFilterSingleResult", "queryHistoricActivityInstances", "queryHistoricActivityInstancesCount",
      "queryHistoricDetails", "queryHistoricProcessInstances", "queryHistoricProcessInstancesCount",
      "queryHistoricTaskInstances", "queryHistoricTaskInstancesCount", "queryHistoricVariableInstances",
      "queryHistoricVariableInstancesCount", "queryProcessInstances", "queryProcessInstancesCount", "queryTasks",
      "queryTasksCount", "queryUserOperationCount", "queryUserOperationEntries", "resolve", "setAssignee",
      "startProcessInstance", "startProcessInstanceByKey", "startProcessInstanceByKeyAndTenantId", "submit",
      "submitForm", "submitFormByKey", "submitFormByKeyAndTenantId", "unclaim", "updateCredentials", "updateProfile",
      "updateTask");

  private static final String NO_SUCH_ID = "zz-none";
  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
  /** A CĐCS officer and the sector's office (the chair's account is of the same kind as the office's). */
  private static final List<String> OFFICERS = List.of("bvdk.chutich", "vanphong.cdyt");
  private static final String ADMIN = "quantri.ldld";

  enum Spelling { PLAIN, ENCODED, DOUBLE_ENCODED, MIXED_CASE, TRAILING_SLASH, PATH_PARAMETER }

  record Operation(String id, String method, String template) {
  }

  record Outcome(int status, boolean refusedAtEdge) {
  }

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private List<Operation> operations;

  @BeforeAll
  void readTheApiDescription() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
      assertThat(in).as("camunda-engine-rest-openapi on the test classpath").isNotNull();
      JsonNode paths = new ObjectMapper().readTree(in).path("paths");
      operations = new ArrayList<>();
      paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
        if (Set.of("get", "post", "put", "delete", "options").contains(method.getKey())) {
          operations.add(new Operation(method.getValue().path("operationId").asText(), method.getKey().toUpperCase(Locale.ROOT),
              path.getKey()));
        }
      }));
    }
    assertThat(operations).hasSizeGreaterThan(390);
    Set<String> known = new TreeSet<>();
    operations.forEach(operation -> known.add(operation.id()));
    assertThat(known).as("every allowed operation exists in the API").containsAll(OFFICER_OPERATIONS);
  }

  @Test
  void theEdgeLetsThroughExactlyTheAllowedSet_howeverThePathIsSpelled() throws Exception {
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    inParallel(operation -> check(operation, wrong));
    assertThat(wrong).as("calls whose outcome is not the allowed one (" + wrong.size() + ")").isEmpty();
  }

  private void check(Operation operation, List<String> wrong) throws Exception {
    boolean officerMay = operation.method().equals("OPTIONS") || OFFICER_OPERATIONS.contains(operation.id());
    for (Spelling spelling : Spelling.values()) {
      String path = "/engine-rest" + spell(operation.template(), spelling);
      if (spelling == Spelling.PLAIN || spelling == Spelling.ENCODED) {
        Outcome anonymous = call(operation.method(), path, null);
        // the list of engine names is public in Camunda's REST API (its authentication filter lets it pass)
        boolean publicEndpoint = operation.method().equals("OPTIONS") || operation.id().equals("getProcessEngineNames");
        if (!publicEndpoint && anonymous.status() != 401) {
          wrong.add("anonymous " + operation + " " + spelling + ": " + anonymous);
        }
      }
      Outcome admin = call(operation.method(), path, ADMIN);
      if (admin.refusedAtEdge() || admin.status() == 401) {
        wrong.add("administrator " + operation + " " + spelling + ": " + admin);
      }
      for (String officer : OFFICERS) {
        Outcome outcome = call(operation.method(), path, officer);
        if (!expected(officerMay, spelling, outcome)) {
          wrong.add(officer + " " + operation + " " + spelling + ": " + outcome);
        }
      }
    }
  }

  /** Whether an officer's outcome is right for this spelling of an operation they may ({@code may}) or may not call. */
  private static boolean expected(boolean may, Spelling spelling, Outcome outcome) {
    if (!may) {
      // double-encoded, a word of the path becomes an id ("/process-definition/%73tatistics" is the definition
      // "%73tatistics"): another endpoint, which finds nothing
      return outcome.refusedAtEdge() && outcome.status() == 403 || spelling == Spelling.DOUBLE_ENCODED && outcome.status() == 404;
    }
    return switch (spelling) {
      // a segment the API does not know by that spelling: no endpoint, refused at the edge or not found
      case MIXED_CASE -> outcome.refusedAtEdge() || outcome.status() == 404;
      case DOUBLE_ENCODED -> outcome.refusedAtEdge() || outcome.status() != 401;
      default -> !outcome.refusedAtEdge() && outcome.status() != 401;
    };
  }

  @Test
  void tasklistsCopyOfTheApi_followsTheSameRules() throws Exception {
    TasklistSession officer = TasklistSession.login(port, "bvdk.chutich", "demo");
    TasklistSession admin = TasklistSession.login(port, ADMIN, "demo");
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    inParallel(operation -> {
      boolean officerMay = operation.method().equals("OPTIONS") || OFFICER_OPERATIONS.contains(operation.id());
      for (Spelling spelling : List.of(Spelling.PLAIN, Spelling.ENCODED)) {
        String path = "/camunda/api/engine/engine/default" + spell(operation.template(), spelling);
        HttpResponse<String> asOfficer = officer.send(operation.method(), path, body(operation.method()));
        Outcome outcome = new Outcome(asOfficer.statusCode(), asOfficer.headers().firstValue(ApiGuard.REFUSED_HEADER).isPresent());
        if (!expected(officerMay, spelling, outcome)) {
          wrong.add("officer " + operation + " " + spelling + ": " + outcome);
        }
        HttpResponse<String> asAdmin = admin.send(operation.method(), path, body(operation.method()));
        if (asAdmin.headers().firstValue(ApiGuard.REFUSED_HEADER).isPresent()) {
          wrong.add("administrator " + operation + " " + spelling + ": " + asAdmin.statusCode());
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  interface Check {
    void of(Operation operation) throws Exception;
  }

  /** Checks every operation, four at a time. */
  private void inParallel(Check check) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (Operation operation : operations) {
        calls.add(pool.submit(() -> {
          check.of(operation);
          return null;
        }));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome call(String method, String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .method(method, body(method) == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body(method)));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    return new Outcome(response.statusCode(), response.headers().firstValue(ApiGuard.REFUSED_HEADER).isPresent());
  }

  /** Malformed JSON for a call that may carry a body: the API refuses it before doing anything. */
  private static String body(String method) {
    return method.equals("POST") || method.equals("PUT") ? "{" : null;
  }

  /** The template with every parameter replaced by an id that exists nowhere, spelled as asked. */
  static String spell(String template, Spelling spelling) {
    Matcher parameters = PARAMETER.matcher(template);
    boolean hasParameters = parameters.find();
    String value = switch (spelling) {
      case ENCODED -> encode(NO_SUCH_ID);
      case DOUBLE_ENCODED -> encode(NO_SUCH_ID).replace("%", "%25");
      default -> NO_SUCH_ID;
    };
    String path = PARAMETER.matcher(template).replaceAll(Matcher.quoteReplacement(value));
    List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/")));
    int last = segments.size() - 1;
    switch (spelling) {
      case ENCODED -> {
        if (!hasParameters) {
          segments.set(last, encode(segments.get(last).substring(0, 1)) + segments.get(last).substring(1));
        }
      }
      case DOUBLE_ENCODED -> {
        if (!hasParameters) {
          segments.set(last, encode(segments.get(last).substring(0, 1)).replace("%", "%25") + segments.get(last).substring(1));
        }
      }
      case MIXED_CASE -> segments.set(0, segments.get(0).substring(0, 1).toUpperCase(Locale.ROOT) + segments.get(0).substring(1));
      case TRAILING_SLASH -> segments.set(last, segments.get(last) + "/");
      case PATH_PARAMETER -> segments.set(last, segments.get(last) + ";x=1");
      default -> { }
    }
    return "/" + String.join("/", segments);
  }

  private static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      encoded.append('%').append(String.format("%02X", b));
    }
    return encoded.toString();
  }
}
