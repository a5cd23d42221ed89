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
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One saved version of a scenario; written once, never updated. */
@Entity
@Table(name = "scenario_version")
@Immutable
@Getter
class ScenarioVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "scenario_id", nullable = false)
    private long scenarioId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VersionKind kind = VersionKind.SAVED;

    @Column(nullable = false, columnDefinition = "text")
    private String content = "";

    @Column(length = 1000)
    private @Nullable String comment;

    @Column(nullable = false, length = 64)
    private String author = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    /** The scenario row's optimistic-lock version once this revision was saved: maps a loaded state to its revision. */
    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    @Column(name = "restored_from")
    private @Nullable Integer restoredFrom;

    /** The scenario's name in this version; null for versions stored before the column existed. */
    @Column(length = 200)
    private @Nullable String name;

    protected ScenarioVersionEntity() {}

    @SuppressWarnings("ParameterNumber")
    ScenarioVersionEntity(
            long scenarioId,
            int revision,
            VersionKind kind,
            String content,
            @Nullable String comment,
            String author,
            Instant createdAt,
            long entityVersion,
            @Nullable Integer restoredFrom,
            String name) {
        this.scenarioId = scenarioId;
        this.revision = revision;
        this.kind = kind;
        this.content = content;
        this.comment = comment;
        this.author = author;
        this.createdAt = createdAt;
        this.entityVersion = entityVersion;
        this.restoredFrom = restoredFrom;
        this.name = name;
    }
}
