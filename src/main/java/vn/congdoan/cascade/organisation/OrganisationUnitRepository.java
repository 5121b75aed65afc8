package vn.congdoan.cascade.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

  @Query("select u from OrganisationUnit u where u.code = ?1")
  Optional<OrganisationUnit> findByCode(String code);

  List<OrganisationUnit> findByParentAndLevelAndActiveTrueOrderByCode(OrganisationUnit parent, UnitLevel level);

  @Query("select u from OrganisationUnit u where u.parent = ?1 and u.active = true order by u.code")
  List<OrganisationUnit> findActiveChildren(OrganisationUnit parent);

  /** The active units whose path starts with the given one (the unit itself and everything below it). */
  @Query("select u from OrganisationUnit u where u.path like concat(?1, '%') and u.active = true order by u.path")
  List<OrganisationUnit> findActiveByPathPrefix(String path);

  @Query("select u from OrganisationUnit u where u.path like concat(?1, '%') and u.level = ?2 and u.active = true order by u.code")
  List<OrganisationUnit> findActiveByPathPrefixAndLevel(String path, UnitLevel level);

  @Query("select u from OrganisationUnit u where u.parent is null and u.active = true order by u.code")
  List<OrganisationUnit> findActiveTopUnits();

  @Query("select u from OrganisationUnit u where u.code in ?1")
  List<OrganisationUnit> findByCodeIn(Collection<String> codes);
}
