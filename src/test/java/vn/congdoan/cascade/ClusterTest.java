package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.cascade.support.EngineRestClient.await;
import static vn.congdoan.cascade.support.EngineRestClient.variables;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotification;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OrganisationRegistry;
import vn.congdoan.cascade.support.CascadeScenario;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.PostgresDatabase;
import vn.congdoan.cascade.tasklist.TasklistFilters;

/**
 * Two application nodes on one fresh PostgreSQL database, started at the same moment, each with its
 * own engine, job executor and HTTP port: they form one cluster. A cascade started through node A's
 * REST API is carried on by both job executors and completed through node B's, four officers at a
 * time; the reminders that
 * come due go out exactly once; start-up deployed the models once and created every Camunda user,
 * group and Tasklist filter once. Engine time is moved (both nodes share this JVM's engine clock).
 */
class ClusterTest {

  @RegisterExtension
  static final PostgresDatabase postgres = new PostgresDatabase(ClusterTest.class);

  private final int smtpPort = FreePort.find();
  private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, null, ServerSetup.PROTOCOL_SMTP))
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(ConfigurableApplicationContext::close);
    smtp.stop();
    CascadeScenario.resetTime();
  }

  /** A node: the engine is named after it (letters only), so that its REST API answers under /engine-rest/engine/{node}. */
  private ConfigurableApplicationContext start(String node, CountDownLatch loggingReady) {
    return new SpringApplicationBuilder(CascadeApplication.class)
        .profiles("demo", "test")
        .listeners((ApplicationListener<ApplicationContextInitializedEvent>) event -> loggingReady.countDown())
        .run("--spring.datasource.url=" + postgres.url(), "--spring.datasource.username=" + postgres.user(),
            "--spring.datasource.password=" + postgres.password(), "--server.port=0",
            "--camunda.bpm.process-engine-name=" + node, "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=500",
            "--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort);
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(2, TimeUnit.MINUTES)) {
        throw new AssertionError("node A did not start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static EngineRestClient rest(ConfigurableApplicationContext node, String user) {
    Environment environment = node.getEnvironment();
    return new EngineRestClient(Integer.parseInt(environment.getProperty("local.server.port")),
        "/engine-rest/engine/" + environment.getProperty("camunda.bpm.process-engine-name"), user, "demo");
  }

  @Test
  void twoNodesStartedTogether_shareOneCascade_andSendEveryReminderOnce() throws Exception {
    smtp.start();
    CascadeScenario.setVietnamTime(5, 12, 8);
    // B starts while A starts; only their logging set-up (one logback per JVM) must not overlap
    CountDownLatch loggingReady = new CountDownLatch(1);
    CompletableFuture<ConfigurableApplicationContext> startingA = CompletableFuture.supplyAsync(() -> start("nodeA", loggingReady));
    awaitLatch(loggingReady);
    CompletableFuture<ConfigurableApplicationContext> startingB = CompletableFuture.supplyAsync(() -> start("nodeB", new CountDownLatch(1)));
    ConfigurableApplicationContext a = startingA.join();
    nodes.add(a);
    ConfigurableApplicationContext b = startingB.join();
    nodes.add(b);

    // start-up on both at once: one deployment, one version of each model, users, groups, filters once
    ProcessEngine engineA = a.getBean(ProcessEngine.class);
    ProcessEngine engineB = b.getBean(ProcessEngine.class);
    assertThat(engineA).isNotSameAs(engineB);
    assertThat(engineB.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
    assertThat(engineB.getRepositoryService().createProcessDefinitionQuery().list())
        .extracting(d -> d.getKey() + " v" + d.getVersion())
        .containsExactlyInAnyOrder("DirectiveCascadeProcess v1", "GrassrootsUnionProcess v1");
    assertThat(engineA.getIdentityService().createUserQuery().count()).isEqualTo(a.getBean(OfficerRepository.class).count());
    assertThat(engineA.getFilterService().createFilterQuery().list()).extracting(f -> f.getName())
        .containsExactlyInAnyOrder(TasklistFilters.MY_UNIT, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE,
            TasklistFilters.CLAIMED, TasklistFilters.ALL_UNITS);
    for (ProcessEngine engine : List.of(engineA, engineB)) {
      assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().isActive()).isTrue();
    }

    // node A: the office registers the directive and drafts the plan, the chair approves it
    EngineRestClient officeA = rest(a, "vanphong.cdyt");
    var response = officeA.post("/process-definition/key/DirectiveCascadeProcess/submit-form",
        variables("directiveNumber", "291/KH-LĐLĐ", "directiveIssuedOn", "2023-05-11",
            "directiveIssuer", "Liên đoàn Lao động tỉnh Thái Bình",
            "directiveSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
            "directiveDeadline", CascadeScenario.DEADLINE.toString()));
    assertThat(response.getStatusCode().value()).as("start on node A: %s", response.getBody()).isEqualTo(200);
    String sector = (String) response.getBody().get("id");
    assertThat(officeA.submit(officeA.task(sector, "Task_DraftImplementingPlan"), variables(
        "planSubject", "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh",
        "planPurpose", "Nâng cao nhận thức của cán bộ, đoàn viên về thi đua yêu nước.",
        "planActivities", "Tuyên truyền; thi đua; xây dựng điển hình tiên tiến.",
        "planOrganisation", "Các CĐCS xây dựng kế hoạch và thực hiện trước hạn.")).getStatusCode().value()).isEqualTo(204);
    EngineRestClient chairA = rest(a, "chutich.cdyt");
    assertThat(chairA.submit(chairA.task(sector, "Task_ApprovePlan"), variables("planApproved", true))
        .getStatusCode().value()).isEqualTo(204);

    // both job executors distribute the plan; node B sees every unit's task
    EngineRestClient officeB = rest(b, "vanphong.cdyt");
    await("the fan-out", () -> officeB.list("/task?processDefinitionKey=GrassrootsUnionProcess&taskDefinitionKey=Task_DraftSubPlan").size() == 18);
    Directive directive = b.getBean(DirectiveRepository.class).findByProcessInstanceId(sector).orElseThrow();
    List<UnitAssignment> units = b.getBean(UnitAssignmentRepository.class).findByDirectiveWithUnit(directive);
    assertThat(units).hasSize(18).allSatisfy(u -> assertThat(u.getProcessInstanceId()).isNotNull());

    // 23/5, 09:00, the first reminder day: 18 timers, due on both nodes, fire once each
    CascadeScenario.setVietnamTime(5, 23, 9);
    SentNotificationRepository sent = b.getBean(SentNotificationRepository.class);
    await("18 reminders", () -> sent.count() == 18
        && engineB.getManagementService().createJobQuery().executable().count() == 0);
    OrganisationRegistry registry = b.getBean(OrganisationRegistry.class);
    List<String> expected = new ArrayList<>();
    for (UnitAssignment unit : units) {
      assertThat(sent.findByKindAndSubjectIdOrderByPoint(NotificationKind.REMINDER, unit.getId()))
          .extracting(SentNotification::getPoint).containsExactly(java.time.LocalDate.of(2023, 5, 23));
      registry.officersOf(unit.getUnit()).stream().filter(o -> o.getEmail() != null && !o.getEmail().isBlank())
          .forEach(o -> expected.add(o.getEmail()));
    }
    // GreenMail keeps one copy of an e-mail per recipient: an e-mail to n officers, sent once, is there n times
    List<String> received = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      assertThat(message.getSubject()).startsWith("[Nhắc hạn]");
      received.add(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).sorted()
          .collect(Collectors.joining(",")));
    }
    assertThat(received).hasSameSizeAs(expected);
    assertThat(received.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
        .allSatisfy((to, copies) -> assertThat(copies).as(to).isEqualTo(to.split(",").length));

    // node B: four officers at a time do their units' parts (no completion may be refused or lost),
    // then the office compiles the report and the chair signs it
    OfficerRepository officers = b.getBean(OfficerRepository.class);
    Map<UnitAssignment, String> officerOf = new java.util.LinkedHashMap<>();
    units.forEach(u -> officerOf.put(u, officers.findByUnitAndActiveTrueOrderByUsername(u.getUnit()).get(0).getUsername()));
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Integer>>> done = new ArrayList<>();
      for (UnitAssignment unit : units) {
        done.add(clients.submit(() -> {
          String pi = unit.getProcessInstanceId();
          EngineRestClient cdcs = rest(b, officerOf.get(unit));
          return List.of(
              cdcs.submit(cdcs.task(pi, "Task_DraftSubPlan"), variables("subPlanNumber", "", "subPlanIssuedOn", "2023-05-23",
                  "subPlanContent", "Kế hoạch của " + unit.getUnit().getName())).getStatusCode().value(),
              cdcs.submit(cdcs.task(pi, "Task_ReportActivities"), variables("propagandaSessions", 1, "participants", 50,
                  "articles", 1, "initiatives", 0, "activitySummary", "Đã tổ chức tuyên truyền.")).getStatusCode().value(),
              cdcs.submit(cdcs.task(pi, "Task_NominateExemplars"), variables("nominationsJson", "[]")).getStatusCode().value());
        }));
      }
      for (Future<List<Integer>> unit : done) {
        assertThat(unit.get()).containsOnly(204);
      }
    } finally {
      clients.shutdownNow();
    }
    await("the compile task", () -> !officeB.list("/task?processInstanceId={pi}&taskDefinitionKey=Task_CompileReport", sector).isEmpty());
    Map<String, Object> compile = officeB.task(sector, "Task_CompileReport");
    assertThat(officeB.submit(compile, variables("reportAssessment", "Các CĐCS thực hiện nghiêm túc.",
        "reportShortcomings", "Một số báo cáo còn chậm.", "reportProposals", "")).getStatusCode().value()).isEqualTo(204);
    EngineRestClient chairB = rest(b, "chutich.cdyt");
    assertThat(chairB.submit(chairB.task(sector, "Task_SignReport"), variables("reportApproved", true))
        .getStatusCode().value()).isEqualTo(204);
    await("the cascade's end", () -> "COMPLETED".equals(officeB.get("/history/process-instance/{id}", sector).get("state")));

    assertThat(engineA.getRuntimeService().createIncidentQuery().count()).isZero();
    // every reminder once, and the results report to the federation once (issued and sent by whichever node)
    assertThat(sent.findAll()).filteredOn(n -> n.getKind() == NotificationKind.REMINDER).hasSize(18);
    assertThat(sent.findAll()).filteredOn(n -> n.getKind() == NotificationKind.RESULTS_REPORT).hasSize(1);
    List<MimeMessage> reminders = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getSubject().startsWith("[Nhắc hạn]")) {
        reminders.add(message);
      }
    }
    assertThat(reminders).hasSameSizeAs(expected);
  }
}
