package vn.congdoan.cascade.grassroots;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/** Records which grassroots unions a directive was issued to. */
@Service
class UnitAssignments {

  private final UnitAssignmentRepository repository;

  public UnitAssignments(UnitAssignmentRepository repository) {
    this.repository = repository;
  }

  /** Creates one assignment per unit; does nothing if the directive was already assigned. */
  public int assign(Directive directive, List<OrganisationUnit> units, Instant at) {
    if (repository.existsByDirective(directive)) {
      return 0;
    }
    repository.saveAll(units.stream().map(unit -> new UnitAssignment(directive, unit, at)).toList());
    return units.size();
  }
}
