package vn.congdoan.cascade.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

  @Query("select u from OrganisationUnit u where u.code = ?1")
  Optional<OrganisationUnit> findByCode(String code);

  List<OrganisationUnit> findByParentAndLevelAndActiveTrueOrderByCode(OrganisationUnit parent, UnitLevel level);
}
