package org.workbench.web.scenario;

import static org.workbench.web.scenario.ScenarioMapping.id;
import static org.workbench.web.scenario.ScenarioMapping.target;
import static org.workbench.web.scenario.ScenarioMapping.toDetail;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.multiplier.MultiplierService;

/**
 * The versions of the scenarios and the conflicts between them: every change stores a full, immutable version, and
 * saving over a newer version than the one the user loaded is refused with what changed meanwhile. Only
 * {@link ScenarioService} calls it, which checks who may.
 */
@Component
@RequiredArgsConstructor
class ScenarioHistory {
    private final ScenarioRepository scenarios;
    private final ScenarioVersionRepository versions;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final MultiplierService multipliers;

    ScenarioEntity load(long id) {
        return scenarios.findById(id).orElseThrow(() -> new ScenarioNotFoundException(id));
    }

    ScenarioEntity loadForEdit(long id) {
        ScenarioEntity entity = scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
        if (!ScenarioAccess.current().canEdit(entity)) {
            throw new AccessDeniedException("may not edit scenario " + id + " (" + entity.getStatus() + ")");
        }
        return entity;
    }

    /** Row-locked like an edit, so that a change of status and a review step never cross. */
    ScenarioEntity loadForStatus(long id) {
        return scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
    }

    ScenarioVersionEntity loadVersion(long id, int revision) {
        load(id);
        return versions.findByScenarioIdAndRevision(id, revision)
                .orElseThrow(() -> new ScenarioNotFoundException(id, revision));
    }

    List<ScenarioVersionSummary> summaries(long id) {
        return versions.findByScenarioIdOrderByRevisionDesc(id).stream()
                .map(ScenarioMapping::toVersionSummary)
                .toList();
    }

    /** One attempt at a save; the caller may try once more when the write lost a race. */
    @Transactional
    public ScenarioDetail save(long id, long expectedVersion, Scenario scenario, @Nullable String comment) {
        ScenarioEntity entity = loadForEdit(id);
        refuseIfChangedSince(entity, expectedVersion);
        // Compared as records, not as JSON text: the stored form may order or spell numbers differently.
        if (sameInputs(ScenarioJson.read(entity.getContent()), scenario)) {
            throw new ScenarioUnchangedException(toDetail(entity));
        }
        int revision = addVersion(entity, scenario, VersionKind.SAVED, comment, null);
        auditTrail.record(AuditAction.SCENARIO_SAVED, target(entity), Map.of("revision", String.valueOf(revision)));
        return toDetail(entity);
    }

    // Ranges and sources are keyed by item and field: their order in the list is no input of the model. A source
    // changes no figure, but it is part of what a reviewer approves, so a change of one alone is a new revision.
    static boolean sameInputs(Scenario a, Scenario b) {
        return a.settings().equals(b.settings())
                && a.industries().equals(b.industries())
                && a.incentives().equals(b.incentives())
                && a.actuals().equals(b.actuals())
                && sameSet(a.ranges(), b.ranges())
                && sameSet(a.sources(), b.sources());
    }

    private static boolean sameSet(java.util.List<?> a, java.util.List<?> b) {
        return a.size() == b.size() && new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b));
    }

    // Only a newer content version is a conflict: a status change by somebody else must not block a save.
    void refuseIfChangedSince(ScenarioEntity entity, long expectedVersion) {
        if (entity.getVersion() == expectedVersion) {
            return;
        }
        long id = id(entity);
        Optional<ScenarioVersionEntity> loaded =
                versions.findFirstByScenarioIdAndEntityVersionLessThanEqualOrderByRevisionDesc(id, expectedVersion);
        int loadedRevision = loaded.map(ScenarioVersionEntity::getRevision).orElse(0);
        if (loaded.isPresent() && loadedRevision == entity.getLatestRevision()) {
            return;
        }
        List<ScenarioVersionSummary> newer = summaries(id).stream()
                .filter(v -> v.revision() > loadedRevision)
                .toList();
        List<InputChange> theirs = loaded.map(v ->
                        ScenarioDiff.between(ScenarioJson.read(v.getContent()), ScenarioJson.read(entity.getContent())))
                .orElse(List.of());
        throw new ScenarioConflictException(toDetail(entity), newer, theirs);
    }

    ScenarioEntity insert(
            Scenario scenario, String user, VersionKind kind, @Nullable String comment, @Nullable Long copiedFrom) {
        var entity = new ScenarioEntity();
        Instant now = now();
        entity.setOwner(user);
        entity.setStatus(ScenarioStatus.DRAFT);
        entity.setCreatedAt(now);
        entity.setCreatedBy(user);
        entity.setCopiedFrom(copiedFrom);
        addVersion(entity, scenario, kind, comment, null);
        return entity;
    }

    /** Makes {@code scenario} the current state of the entity and stores it as the next version; returns its number. */
    int addVersion(
            ScenarioEntity entity,
            Scenario scenario,
            VersionKind kind,
            @Nullable String comment,
            @Nullable Integer restoredFrom) {
        String user = ScenarioAccess.current().username();
        String json = ScenarioJson.write(scenario);
        ScenarioSettings settings = scenario.settings();
        entity.setName(settings.name());
        entity.setCity(settings.city());
        entity.setBaseYear(settings.baseYear());
        entity.setHorizonYears(settings.horizonYears());
        entity.setContent(json);
        ProjectionResult result = ProjectionEngine.project(scenario);
        entity.setNetJobsFinal(boxed(result.kpi(Kpi.NET_JOBS_FINAL)));
        entity.setNpv(boxed(result.kpi(Kpi.NPV)));
        entity.setLatestRevision(entity.getLatestRevision() + 1);
        touch(entity, user);
        // Flushing now gives the row its id and its new optimistic-lock version, which the version row records.
        ScenarioEntity saved = scenarios.saveAndFlush(entity);
        // the sets its industries link to are checked and pinned: a used set never changes nor goes away
        multipliers.pin(id(saved), scenario);
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        versions.save(new ScenarioVersionEntity(
                id(saved),
                saved.getLatestRevision(),
                kind,
                json,
                trimmed,
                user,
                saved.getUpdatedAt(),
                saved.getVersion(),
                restoredFrom,
                settings.name()));
        return saved.getLatestRevision();
    }

    void deleteVersions(long id) {
        versions.deleteByScenarioId(id);
    }

    void touch(ScenarioEntity entity, String user) {
        entity.setUpdatedAt(now());
        entity.setUpdatedBy(user);
    }

    // The database keeps microseconds: cut here so that what we return equals what we read back later.
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
