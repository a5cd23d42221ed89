package org.workbench.web.scenario;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScenarioVersionRepository extends JpaRepository<ScenarioVersionEntity, Long> {

    List<ScenarioVersionEntity> findByScenarioIdOrderByRevisionDesc(long scenarioId);

    Optional<ScenarioVersionEntity> findByScenarioIdAndRevision(long scenarioId, int revision);

    /** The newest revision saved at or before a loaded optimistic-lock version: what that caller was looking at. */
    Optional<ScenarioVersionEntity> findFirstByScenarioIdAndEntityVersionLessThanEqualOrderByRevisionDesc(
            long scenarioId, long entityVersion);

    @Modifying
    @Query("delete from ScenarioVersionEntity v where v.scenarioId = :scenarioId")
    void deleteByScenarioId(long scenarioId);
}
