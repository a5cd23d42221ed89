package org.workbench.web.multiplier;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MultiplierSetContentRepository extends JpaRepository<MultiplierSetContentEntity, Long> {
    /** Only the multipliers: a 500-sector table's flows are megabytes that the list, grid and picker never need. */
    @Query("select c.multipliers from MultiplierSetContentEntity c where c.setId = :id")
    Optional<String> findMultipliers(long id);
}
