package org.workbench.web.multiplier;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MultiplierSetRepository extends JpaRepository<MultiplierSetEntity, Long> {
    boolean existsByNameAndVintage(String name, int vintage);

    Optional<MultiplierSetEntity> findByNameAndVintage(String name, int vintage);

    List<MultiplierSetEntity> findAllByOrderByNameAscVintageDesc();
}
