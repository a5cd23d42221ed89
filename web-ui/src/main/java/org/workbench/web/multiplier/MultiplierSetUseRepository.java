package org.workbench.web.multiplier;

import org.springframework.data.jpa.repository.JpaRepository;

interface MultiplierSetUseRepository extends JpaRepository<MultiplierSetUseEntity, Long> {
    boolean existsBySetIdAndScenarioId(long setId, long scenarioId);

    long countBySetId(long setId);
}
