package vn.congdoan.cascade.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmulationMovementRepository extends JpaRepository<EmulationMovement, String> {

  @Query("select m from EmulationMovement m where m.active = true order by m.position")
  List<EmulationMovement> findByActiveTrueOrderByPosition();
}
