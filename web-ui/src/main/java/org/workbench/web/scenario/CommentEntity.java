package org.workbench.web.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

/** A comment as stored: appended, never changed. */
@Entity
@Table(name = "scenario_comment")
@Getter
class CommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "scenario_id", nullable = false)
    private long scenarioId;

    @Column(nullable = false, length = 64)
    private String author = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 2000)
    private String body = "";

    protected CommentEntity() {}

    CommentEntity(long scenarioId, String author, Instant createdAt, int revision, String body) {
        this.scenarioId = scenarioId;
        this.author = author;
        this.createdAt = createdAt;
        this.revision = revision;
        this.body = body;
    }

    ScenarioComment toComment() {
        Long stored = id;
        if (stored == null) {
            throw new IllegalStateException("comment not stored yet");
        }
        return new ScenarioComment(stored, scenarioId, author, createdAt, revision, body);
    }
}
