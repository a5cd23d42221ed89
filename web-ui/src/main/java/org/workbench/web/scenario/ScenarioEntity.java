package org.workbench.web.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/** The current state of a scenario: its content as JSON plus what the list shows. */
@Entity
@Table(name = "scenario")
@Getter
@Setter
class ScenarioEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(length = 200)
    private @Nullable String city;

    @Column(name = "base_year", nullable = false)
    private int baseYear;

    @Column(name = "horizon_years", nullable = false)
    private int horizonYears;

    @Column(nullable = false, length = 64)
    private String owner = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScenarioStatus status = ScenarioStatus.DRAFT;

    @Column(nullable = false, columnDefinition = "text")
    private String content = "";

    @Column(name = "latest_revision", nullable = false)
    private int latestRevision;

    @Column(name = "net_jobs_final")
    private @Nullable Double netJobsFinal;

    @Column(name = "npv")
    private @Nullable Double npv;

    @Column(name = "copied_from")
    private @Nullable Long copiedFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy = "";

    /** Who sent it to review last; a reviewer may not decide on their own submission. */
    @Column(name = "submitted_by", length = 64)
    private @Nullable String submittedBy;

    /** The revision last approved, kept while a new draft is worked on: what "approved" shows. */
    @Column(name = "approved_revision")
    private @Nullable Integer approvedRevision;

    @Column(name = "approved_by", length = 64)
    private @Nullable String approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Version
    private long version;
}
