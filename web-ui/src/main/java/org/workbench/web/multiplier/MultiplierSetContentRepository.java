package org.workbench.web.multiplier;

import org.springframework.data.jpa.repository.JpaRepository;

interface MultiplierSetContentRepository extends JpaRepository<MultiplierSetContentEntity, Long> {}
