package vn.congdoan.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.DirectiveRepository;
import vn.congdoan.cascade.directive.ImplementingPlanRepository;
import vn.congdoan.cascade.document.DocumentKind;
import vn.congdoan.cascade.document.IssuedDocumentRepository;
import vn.congdoan.cascade.grassroots.ActivityReportRepository;
import vn.congdoan.cascade.grassroots.SubPlanRepository;
import vn.congdoan.cascade.grassroots.UnitAssignment;
import vn.congdoan.cascade.grassroots.UnitAssignmentRepository;
import vn.congdoan.cascade.nomination.NominationRepository;
import vn.congdoan.cascade.notification.NotificationKind;
import vn.congdoan.cascade.notification.SentNotificationRepository;
import vn.congdoan.cascade.organisation.OfficerRepository;
import vn.congdoan.cascade.organisation.OrganisationUnit;
import vn.congdoan.cascade.organisation.OrganisationUnitRepository;

/**
 * The queries run for every unit at the fan-out, at a completion and at a reminder are JPQL, whose
 * translation Hibernate keeps in its query plan cache: asked a second time, they hit it. (A Spring Data
 * query derived from a method's name is a criteria query, which Hibernate 6 translates again on every
 * call: 12.7 % of the fan-out's CPU in issue 17's profile.)
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@ActiveProfiles({"demo", "test"})
class HotPathQueriesTest {

  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired TransactionTemplate transaction;
  @Autowired DirectiveRepository directives;
  @Autowired ImplementingPlanRepository plans;
  @Autowired IssuedDocumentRepository documents;
  @Autowired UnitAssignmentRepository assignments;
  @Autowired SubPlanRepository subPlans;
  @Autowired ActivityReportRepository activityReports;
  @Autowired NominationRepository nominations;
  @Autowired SentNotificationRepository sent;
  @Autowired OfficerRepository officers;
  @Autowired OrganisationUnitRepository units;

  @Test
  void theQueriesOfTheHotPaths_areTranslatedOnce() {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    transaction.executeWithoutResult(status -> {
      Directive directive = directives.getReferenceById(-1L);
      UnitAssignment assignment = assignments.getReferenceById(-1L);
      OrganisationUnit unit = units.findAll().get(0);
      Map<String, Runnable> queries = new LinkedHashMap<>();
      queries.put("ImplementingPlanRepository.findByDirective", () -> plans.findByDirective(directive));
      queries.put("IssuedDocumentRepository.findByDirectiveIdAndKind", () -> documents.findByDirectiveIdAndKind(-1L, DocumentKind.PLAN));
      queries.put("UnitAssignmentRepository.findWithContext", () -> assignments.findWithContext(-1L));
      queries.put("UnitAssignmentRepository.countByDirectiveAndProcessInstanceIdIsNull",
          () -> assignments.countByDirectiveAndProcessInstanceIdIsNull(directive));
      queries.put("UnitAssignmentRepository.existsByDirectiveAndFinishedAtIsNull",
          () -> assignments.existsByDirectiveAndFinishedAtIsNull(directive));
      queries.put("UnitAssignmentRepository.existsByDirectiveAndUnit_CodeIn",
          () -> assignments.existsByDirectiveAndUnit_CodeIn(directive, List.of(unit.getCode())));
      queries.put("SubPlanRepository.findByAssignment", () -> subPlans.findByAssignment(assignment));
      queries.put("ActivityReportRepository.findByAssignment", () -> activityReports.findByAssignment(assignment));
      queries.put("NominationRepository.existsByAssignment", () -> nominations.existsByAssignment(assignment));
      queries.put("SentNotificationRepository.existsByKindAndSubjectIdAndPoint",
          () -> sent.existsByKindAndSubjectIdAndPoint(NotificationKind.REMINDER, -1L, LocalDate.of(2023, 5, 23)));
      queries.put("OfficerRepository.findByUsername", () -> officers.findByUsername("nobody"));
      queries.put("OfficerRepository.findByUnitAndActiveTrueOrderByUsername", () -> officers.findByUnitAndActiveTrueOrderByUsername(unit));
      queries.put("OrganisationUnitRepository.findByCode", () -> units.findByCode("nothing"));
      queries.forEach((name, query) -> {
        query.run();
        long hits = statistics.getQueryPlanCacheHitCount();
        query.run();
        assertThat(statistics.getQueryPlanCacheHitCount()).as(name + ", asked again, hits the query plan cache")
            .isGreaterThan(hits);
      });
    });
  }
}
