package vn.congdoan.cascade.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers the questions the cascade asks of the registry at run time. */
@Service
@Transactional(readOnly = true)
public class OrganisationRegistry {

  private final OrganisationUnitRepository units;
  private final OfficerRepository officers;

  public OrganisationRegistry(OrganisationUnitRepository units, OfficerRepository officers) {
    this.units = units;
    this.officers = officers;
  }

  public Optional<OrganisationUnit> findUnit(String code) {
    return units.findByCode(code);
  }

  /** The active units directly under a unit, in a stable order (by code). */
  public List<OrganisationUnit> childrenOf(OrganisationUnit unit) {
    return units.findActiveChildren(unit);
  }

  /** The active units of a unit's subtree, the unit first, each parent before its children. */
  public List<OrganisationUnit> subtreeOf(OrganisationUnit unit) {
    return units.findActiveByPathPrefix(unit.getPath());
  }

  /** The active grassroots unions anywhere below a unit, by code. */
  public List<OrganisationUnit> grassrootsBelow(OrganisationUnit unit) {
    return units.findActiveByPathPrefixAndLevel(unit.getPath(), UnitLevel.GRASSROOTS);
  }

  /** The units above a unit, from the top down (empty for a top unit). */
  public List<OrganisationUnit> ancestorsOf(OrganisationUnit unit) {
    List<String> codes = unit.ancestorCodes();
    Map<String, OrganisationUnit> byCode = new HashMap<>();
    if (!codes.isEmpty()) {
      units.findByCodeIn(codes).forEach(u -> byCode.put(u.getCode(), u));
    }
    return codes.stream().map(byCode::get).filter(u -> u != null).toList();
  }

  /** The active units at the top of the tree (no parent in the registry). */
  public List<OrganisationUnit> topUnits() {
    return units.findActiveTopUnits();
  }

  /** The active grassroots unions directly under a sector union, in a stable order. */
  public List<OrganisationUnit> grassrootsUnitsOf(OrganisationUnit sector) {
    return units.findByParentAndLevelAndActiveTrueOrderByCode(sector, UnitLevel.GRASSROOTS);
  }

  /** The unit an officer works for, if the user is a known officer. */
  public Optional<OrganisationUnit> unitOfOfficer(String username) {
    return officers.findByUsername(username).map(Officer::getUnit);
  }

  public List<Officer> officersOf(OrganisationUnit unit) {
    return officers.findByUnitAndActiveTrueOrderByUsername(unit);
  }

  /** The active officers of many units at once (one query per thousand units), by unit id. */
  public Map<Long, List<Officer>> officersOf(Collection<OrganisationUnit> units) {
    Map<Long, List<Officer>> byUnit = new HashMap<>();
    List<OrganisationUnit> all = List.copyOf(units);
    for (int from = 0; from < all.size(); from += 1000) {
      for (Officer officer : officers.findByUnitInAndActiveTrueOrderByUsername(all.subList(from, Math.min(all.size(), from + 1000)))) {
        byUnit.computeIfAbsent(officer.getUnit().getId(), id -> new ArrayList<>()).add(officer);
      }
    }
    return byUnit;
  }
}
