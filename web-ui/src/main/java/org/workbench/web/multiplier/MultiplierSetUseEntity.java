package org.workbench.web.multiplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/** That a scenario uses a set: some saved version of it links an industry to one of the set's sectors. */
@Entity
@Table(name = "multiplier_set_use")
@Getter
@Setter
class MultiplierSetUseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "set_id", nullable = false, updatable = false)
    private long setId;

    @Column(name = "scenario_id", nullable = false, updatable = false)
    private long scenarioId;
}
