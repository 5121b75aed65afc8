package vn.congdoan.cascade.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * Gives out document numbers, per issuer, series and year, without gaps or duplicates. A number is
 * taken inside the transaction that issues the document: the counter row is locked (SELECT … FOR
 * UPDATE) and raised, so a concurrent issuer waits until this transaction ends, and if it rolls back
 * the number is given out again. The first number of a year opens the year's counter in a short
 * transaction of its own (starting after {@link DocumentProperties#registerStart()}); two issuers that
 * open it at once meet on its unique key, and the loser reads the winner's row.
 */
@Service
class DocumentRegister {

  private static final Logger log = LoggerFactory.getLogger(DocumentRegister.class);

  private final DocumentCounterRepository counters;
  private final DocumentProperties properties;
  private final TransactionTemplate newTransaction;

  public DocumentRegister(DocumentCounterRepository counters, DocumentProperties properties,
      PlatformTransactionManager transactions) {
    this.counters = counters;
    this.properties = properties;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Takes the next number of the issuer's register for the kind and year; the caller's transaction holds it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public DocumentNumber take(OrganisationUnit issuer, DocumentKind kind, int year) {
    return new DocumentNumber(next(issuer, properties.seriesOf(kind), year), kind, issuer.getSymbol());
  }

  /** Takes the next number of a series of the unit's registers for the year; the caller's transaction holds it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int next(OrganisationUnit unit, String series, int year) {
    DocumentCounter counter = counters.lock(unit, series, year).orElse(null);
    if (counter == null) {
      open(unit, series, year);
      counter = counters.lock(unit, series, year).orElseThrow();
    }
    return counter.next();
  }

  private void open(OrganisationUnit issuer, String series, int year) {
    int start = properties.startOf(issuer.getCode(), series, year);
    try {
      newTransaction.executeWithoutResult(status -> counters.saveAndFlush(new DocumentCounter(issuer, series, year, start)));
      log.info("Document register of {} opened for {} (series {}), after number {}", issuer.getCode(), year, series, start);
    } catch (DataIntegrityViolationException e) {
      log.debug("Document register of {} for {} (series {}) was opened concurrently", issuer.getCode(), year, series);
    }
  }
}
