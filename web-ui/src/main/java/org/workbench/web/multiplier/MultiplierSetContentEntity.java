package org.workbench.web.multiplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/** The table a set was derived from and its multipliers, as JSON: kept apart so that the list never loads them. */
@Entity
@Table(name = "multiplier_set_content")
@Getter
@Setter
class MultiplierSetContentEntity {

    @Id
    @Column(name = "set_id")
    private long setId;

    @Column(name = "table_json", nullable = false, updatable = false, columnDefinition = "text")
    private String tableJson = "";

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String multipliers = "";
}
