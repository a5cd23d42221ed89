package org.workbench.web.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

/** A review step as stored: appended, never changed. */
@Entity
@Table(name = "scenario_review_step")
@Getter
class ReviewStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "scenario_id", nullable = false)
    private long scenarioId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewAction action = ReviewAction.SUBMITTED;

    @Column(nullable = false, length = 64)
    private String actor = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private int revision;

    @Column(length = 2000)
    private @Nullable String note;

    protected ReviewStepEntity() {}

    ReviewStepEntity(
            long scenarioId,
            ReviewAction action,
            String actor,
            Instant createdAt,
            int revision,
            @Nullable String note) {
        this.scenarioId = scenarioId;
        this.action = action;
        this.actor = actor;
        this.createdAt = createdAt;
        this.revision = revision;
        this.note = note;
    }

    ReviewStep toStep() {
        return new ReviewStep(scenarioId, action, actor, createdAt, revision, note);
    }
}
