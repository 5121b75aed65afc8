package vn.congdoan.cascade.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmulationMovementRepository extends JpaRepository<EmulationMovement, String> {

  List<EmulationMovement> findByActiveTrueOrderByPosition();
}
