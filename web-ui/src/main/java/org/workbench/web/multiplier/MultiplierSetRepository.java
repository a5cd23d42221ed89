package org.workbench.web.multiplier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MultiplierSetRepository extends JpaRepository<MultiplierSetEntity, Long> {
    boolean existsByNameAndVintage(String name, int vintage);

    List<MultiplierSetEntity> findAllByOrderByNameAscVintageDesc();
}
