package org.workbench.web.scenario;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<CommentEntity, Long> {
    List<CommentEntity> findByScenarioIdOrderByCreatedAtAscIdAsc(long scenarioId);

    long countByScenarioId(long scenarioId);
}
