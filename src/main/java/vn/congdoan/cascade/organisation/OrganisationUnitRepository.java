package vn.congdoan.cascade.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

  Optional<OrganisationUnit> findByCode(String code);

  List<OrganisationUnit> findByParentAndLevelAndActiveTrueOrderByCode(OrganisationUnit parent, UnitLevel level);
}
