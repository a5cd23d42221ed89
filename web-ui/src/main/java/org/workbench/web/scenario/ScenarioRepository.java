package org.workbench.web.scenario;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ScenarioRepository extends JpaRepository<ScenarioEntity, Long>, JpaSpecificationExecutor<ScenarioEntity> {

    @Query("select distinct s.owner from ScenarioEntity s order by s.owner")
    List<String> findOwners();

    boolean existsByName(String name);

    boolean existsByOwnerIgnoreCase(String owner);

    /**
     * The scenario, row-locked until the transaction ends: two saves of one scenario (on one instance or two) then
     * run one after the other, so the second sees the first's version and gets the conflict dialog, not a lock
     * error.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ScenarioEntity s where s.id = :id")
    Optional<ScenarioEntity> findForUpdate(long id);
}
