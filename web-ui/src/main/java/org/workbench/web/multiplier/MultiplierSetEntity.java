package org.workbench.web.multiplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/** One stored multiplier set, without its table. Written once, never changed: no column is updatable. */
@Entity
@Table(name = "multiplier_set")
@Getter
@Setter
class MultiplierSetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 200, updatable = false)
    private String name = "";

    @Column(nullable = false, updatable = false)
    private int vintage;

    @Column(nullable = false, length = 1000, updatable = false)
    private String source = "";

    @Column(nullable = false, updatable = false)
    private double delta;

    @Column(name = "sector_count", nullable = false, updatable = false)
    private int sectorCount;

    @Column(nullable = false, updatable = false)
    private boolean regional;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName = "";

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256 = "";

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy = "";

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;
}
