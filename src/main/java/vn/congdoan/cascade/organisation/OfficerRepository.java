package vn.congdoan.cascade.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficerRepository extends JpaRepository<Officer, Long> {

  @Query("select o from Officer o where o.username = ?1")
  Optional<Officer> findByUsername(String username);

  @Query("select o from Officer o where o.unit = ?1 and o.active = true order by o.username")
  List<Officer> findByUnitAndActiveTrueOrderByUsername(OrganisationUnit unit);

  List<Officer> findByUnitInAndActiveTrueOrderByUsername(Collection<OrganisationUnit> units);

  @Query("select o from Officer o join fetch o.unit where o.active = true order by o.username")
  List<Officer> findAllActiveWithUnit();
}
