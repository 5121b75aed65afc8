package vn.congdoan.cascade.reopen;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRevisionRepository extends JpaRepository<SubmissionRevision, Long> {

  List<SubmissionRevision> findByAssignmentIdOrderById(Long assignmentId);
}
