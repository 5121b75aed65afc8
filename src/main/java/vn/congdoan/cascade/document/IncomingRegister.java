package vn.congdoan.cascade.document;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * A unit's incoming register (sổ văn bản đến): every document the unit receives — a directive typed in
 * from a body outside the system, its parent's plan, a child's report — gets the next arrival number
 * (số đến) of the unit's year, gap-free like the outgoing numbers ({@link DocumentRegister}, series
 * {@value #SERIES}). The number is taken in the transaction that records the arrival and given out
 * again if it rolls back.
 */
@Service
public class IncomingRegister {

  /** The incoming register's series among the unit's counters. */
  static final String SERIES = "DEN";

  private final DocumentRegister register;

  IncomingRegister(DocumentRegister register) {
    this.register = register;
  }

  /** The next arrival number of the receiver's register for the year. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int arrivalNumber(OrganisationUnit receiver, int year) {
    return register.next(receiver, SERIES, year);
  }
}
