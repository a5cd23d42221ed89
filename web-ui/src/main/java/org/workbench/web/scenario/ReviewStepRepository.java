package org.workbench.web.scenario;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewStepRepository extends JpaRepository<ReviewStepEntity, Long> {
    List<ReviewStepEntity> findByScenarioIdOrderByCreatedAtAscIdAsc(long scenarioId);
}
