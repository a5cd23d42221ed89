package org.workbench.web.scenario;

import static org.workbench.web.base.Roles.ANY_ROLE;
import static org.workbench.web.base.Roles.PLANNERS;
import static org.workbench.web.base.Roles.SCENARIO_WRITERS;

import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.importers.WorkbookExporter;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;

/**
 * Scenarios and their versions. Every change stores a full, immutable version; saving over somebody else's newer
 * version is refused with a {@link ScenarioConflictException}. Everyone signed in reads; see {@link ScenarioAccess}
 * for who changes what.
 */
@Service
@PreAuthorize(ANY_ROLE)
@RequiredArgsConstructor
public class ScenarioService {
    /** The properties {@link #list} sorts by; others are ignored. */
    public static final Set<String> SORTABLE = Set.of(
            "name",
            "city",
            "owner",
            "status",
            "baseYear",
            "horizonYears",
            "netJobsFinal",
            "npv",
            "latestRevision",
            "createdAt",
            "updatedAt");

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("id"));

    private final ScenarioRepository scenarios;
    private final ScenarioVersionRepository versions;
    private final AuditTrail auditTrail;
    private final Clock clock;

    // ---- reading

    /** One page of the list, e.g. for a lazy grid; sorted by last change when the page asks for no known order. */
    @Transactional(readOnly = true)
    public List<ScenarioSummary> list(ScenarioQuery query, Pageable page) {
        Sort sort = Sort.by(page.getSort().stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList());
        sort = sort.isUnsorted() ? DEFAULT_SORT : sort.and(Sort.by("id"));
        Pageable sorted = page.isPaged()
                ? PageRequest.of(page.getPageNumber(), page.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return scenarios.findAll(matching(query), sorted).stream()
                .map(ScenarioService::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(ScenarioQuery query) {
        return scenarios.count(matching(query));
    }

    /** Everybody who owns a scenario, for the list's owner filter. */
    @Transactional(readOnly = true)
    public List<String> owners() {
        return scenarios.findOwners();
    }

    /** @throws ScenarioNotFoundException when there is no such scenario */
    @Transactional(readOnly = true)
    public ScenarioDetail get(long id) {
        return toDetail(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<ScenarioDetail> find(long id) {
        return scenarios.findById(id).map(ScenarioService::toDetail);
    }

    /** The scenarios with these ids, in the order asked; ids that do not exist (any more) are left out. */
    @Transactional(readOnly = true)
    public List<ScenarioDetail> getAll(Collection<Long> ids) {
        var found = new ArrayList<ScenarioDetail>(ids.size());
        for (Long id : ids) {
            scenarios.findById(id).map(ScenarioService::toDetail).ifPresent(found::add);
        }
        return found;
    }

    /** Whether the current user may save new versions of the scenario (save, rename, restore). */
    @Transactional(readOnly = true)
    public boolean canEdit(long id) {
        return scenarios.findById(id).map(ScenarioAccess.current()::canEdit).orElse(false);
    }

    /** Whether the current user may archive, restore from the archive or mark final. */
    @Transactional(readOnly = true)
    public boolean canChangeStatus(long id) {
        return scenarios
                .findById(id)
                .map(ScenarioAccess.current()::canChangeStatus)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canDelete(long id) {
        return scenarios.findById(id).map(ScenarioAccess.current()::canDelete).orElse(false);
    }

    /** Whether the current user may create scenarios (new, duplicate, save as copy). */
    public boolean canCreate() {
        return ScenarioAccess.current().canCreate();
    }

    // ---- versions

    /** Every stored version, newest first. */
    @Transactional(readOnly = true)
    public List<ScenarioVersionSummary> versions(long id) {
        load(id);
        return versions.findByScenarioIdOrderByRevisionDesc(id).stream()
                .map(ScenarioService::toVersionSummary)
                .toList();
    }

    /** @throws ScenarioNotFoundException when the scenario or the revision does not exist */
    @Transactional(readOnly = true)
    public ScenarioVersionDetail version(long id, int revision) {
        ScenarioVersionEntity version = loadVersion(id, revision);
        return new ScenarioVersionDetail(toVersionSummary(version), ScenarioJson.read(version.getContent()));
    }

    /** What changed from revision {@code from} to revision {@code to}. */
    @Transactional(readOnly = true)
    public List<InputChange> diff(long id, int from, int to) {
        return ScenarioDiff.between(
                ScenarioJson.read(loadVersion(id, from).getContent()),
                ScenarioJson.read(loadVersion(id, to).getContent()));
    }

    /**
     * Writes the scenario with its results as a workbook in the format of the workbook spec, headers in the user's
     * language, and records the export.
     */
    @Transactional(readOnly = true)
    public void exportWorkbook(long id, Locale locale, OutputStream out) throws IOException {
        Scenario scenario = ScenarioJson.read(load(id).getContent());
        WorkbookExporter.writeScenario(scenario, ProjectionEngine.project(scenario), locale, out);
        auditTrail.record(AuditAction.EXPORTED, "scenario:" + id, Map.of("format", "xlsx"));
    }

    // ---- changing

    /** A new draft owned by the current user, with its first version. */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ScenarioDetail create(Scenario scenario, @Nullable String comment) {
        ScenarioAccess access = ScenarioAccess.current();
        if (!access.canCreate()) {
            throw new AccessDeniedException("may not create scenarios");
        }
        ScenarioEntity created = insert(scenario, access.username(), VersionKind.CREATED, comment, null);
        auditTrail.record(AuditAction.SCENARIO_CREATED, target(created), Map.of("name", created.getName()));
        return toDetail(created);
    }

    /**
     * Stores the scenario as the new current state and as a new version.
     *
     * @param expectedVersion {@link ScenarioDetail#version()} of the state the user started editing from
     * @throws ScenarioConflictException when somebody else saved a newer version since; nothing is saved
     * @throws AccessDeniedException when the user may not edit this scenario (or it is archived)
     */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ScenarioDetail save(long id, long expectedVersion, Scenario scenario, @Nullable String comment) {
        ScenarioEntity entity = loadForEdit(id);
        refuseIfChangedSince(entity, expectedVersion);
        int revision = addVersion(entity, scenario, VersionKind.SAVED, comment, null);
        auditTrail.record(AuditAction.SCENARIO_SAVED, target(entity), Map.of("revision", String.valueOf(revision)));
        return toDetail(entity);
    }

    /** The user's edits of scenario {@code id} as a new scenario of their own; the original stays as it is. */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ScenarioDetail saveAsCopy(long id, Scenario scenario, @Nullable String comment) {
        ScenarioAccess access = ScenarioAccess.current();
        if (!access.canCreate()) {
            throw new AccessDeniedException("may not create scenarios");
        }
        load(id);
        ScenarioEntity created = insert(scenario, access.username(), VersionKind.COPIED, comment, id);
        auditTrail.record(
                AuditAction.SCENARIO_CREATED,
                target(created),
                Map.of("name", created.getName(), "copiedFrom", String.valueOf(id)));
        return toDetail(created);
    }

    /** A new draft with the current content of scenario {@code id} under a new name, owned by the current user. */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ScenarioDetail duplicate(long id, String newName) {
        Scenario source = ScenarioJson.read(load(id).getContent());
        return saveAsCopy(id, source.withName(newName.strip()), null);
    }

    /** Renaming is a change of the content, so it stores a new version. */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ScenarioDetail rename(long id, long expectedVersion, String newName) {
        ScenarioEntity entity = loadForEdit(id);
        refuseIfChangedSince(entity, expectedVersion);
        String oldName = entity.getName();
        Scenario scenario = ScenarioJson.read(entity.getContent()).withName(newName.strip());
        addVersion(entity, scenario, VersionKind.RENAMED, null, null);
        auditTrail.record(AuditAction.SCENARIO_RENAMED, target(entity), Map.of("from", oldName, "to", newName));
        return toDetail(entity);
    }

    /** Brings an older version back as the newest one; the versions in between stay in the history. */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ScenarioDetail restore(long id, int revision, @Nullable String comment) {
        ScenarioEntity entity = loadForEdit(id);
        Scenario old = ScenarioJson.read(loadVersion(id, revision).getContent());
        int created = addVersion(entity, old, VersionKind.RESTORED, comment, revision);
        auditTrail.record(
                AuditAction.SCENARIO_RESTORED,
                target(entity),
                Map.of("revision", String.valueOf(created), "restoredFrom", String.valueOf(revision)));
        return toDetail(entity);
    }

    /** Draft, final or archived. Not a content change: no new version, and no conflict for others editing. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public ScenarioDetail changeStatus(long id, ScenarioStatus status) {
        ScenarioEntity entity = load(id);
        if (!ScenarioAccess.current().canChangeStatus(entity)) {
            throw new AccessDeniedException("may not change the status of scenario " + id);
        }
        ScenarioStatus old = entity.getStatus();
        if (old != status) {
            entity.setStatus(status);
            touch(entity, ScenarioAccess.current().username());
            scenarios.saveAndFlush(entity);
            auditTrail.record(
                    AuditAction.SCENARIO_STATUS_CHANGED,
                    target(entity),
                    Map.of("from", old.name(), "to", status.name()));
        }
        return toDetail(entity);
    }

    @PreAuthorize(PLANNERS)
    @Transactional
    public ScenarioDetail archive(long id) {
        return changeStatus(id, ScenarioStatus.ARCHIVED);
    }

    /** Out of the archive, back to draft. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public ScenarioDetail unarchive(long id) {
        return changeStatus(id, ScenarioStatus.DRAFT);
    }

    /**
     * Removes a draft with all its versions.
     *
     * @throws AccessDeniedException when the scenario is not a draft or the user may not delete it
     */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public void delete(long id) {
        ScenarioEntity entity = load(id);
        if (!ScenarioAccess.current().canDelete(entity)) {
            throw new AccessDeniedException("may not delete scenario " + id + " (" + entity.getStatus() + ")");
        }
        versions.deleteByScenarioId(id);
        scenarios.delete(entity);
        auditTrail.record(AuditAction.SCENARIO_DELETED, target(entity), Map.of("name", entity.getName()));
    }

    // ---- internals

    private ScenarioEntity load(long id) {
        return scenarios.findById(id).orElseThrow(() -> new ScenarioNotFoundException(id));
    }

    private ScenarioEntity loadForEdit(long id) {
        ScenarioEntity entity = scenarios.findForUpdate(id).orElseThrow(() -> new ScenarioNotFoundException(id));
        if (!ScenarioAccess.current().canEdit(entity)) {
            throw new AccessDeniedException("may not edit scenario " + id + " (" + entity.getStatus() + ")");
        }
        return entity;
    }

    private ScenarioVersionEntity loadVersion(long id, int revision) {
        load(id);
        return versions.findByScenarioIdAndRevision(id, revision)
                .orElseThrow(() -> new ScenarioNotFoundException(id, revision));
    }

    // Only a newer content version is a conflict: a status change by somebody else must not block a save.
    private void refuseIfChangedSince(ScenarioEntity entity, long expectedVersion) {
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
        List<ScenarioVersionSummary> newer = versions.findByScenarioIdOrderByRevisionDesc(id).stream()
                .filter(v -> v.getRevision() > loadedRevision)
                .map(ScenarioService::toVersionSummary)
                .toList();
        List<InputChange> theirs = loaded.map(v ->
                        ScenarioDiff.between(ScenarioJson.read(v.getContent()), ScenarioJson.read(entity.getContent())))
                .orElse(List.of());
        throw new ScenarioConflictException(toDetail(entity), newer, theirs);
    }

    private ScenarioEntity insert(
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
    private int addVersion(
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
                restoredFrom));
        return saved.getLatestRevision();
    }

    private void touch(ScenarioEntity entity, String user) {
        entity.setUpdatedAt(now());
        entity.setUpdatedBy(user);
    }

    // The database keeps microseconds: cut here so that what we return equals what we read back later.
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static Specification<ScenarioEntity> matching(ScenarioQuery query) {
        return (root, criteria, cb) -> {
            var where = new ArrayList<Predicate>();
            String text = query.text();
            if (text != null) {
                String pattern = "%"
                        + text.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("city"), "")), pattern, '\\')));
            }
            if (!query.statuses().isEmpty()) {
                where.add(root.get("status").in(query.statuses()));
            }
            String owner = query.owner();
            if (owner != null) {
                where.add(cb.equal(cb.lower(root.get("owner")), owner.toLowerCase(Locale.ROOT)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static @Nullable Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static long id(ScenarioEntity entity) {
        Long id = entity.getId();
        if (id == null) {
            throw new IllegalStateException("scenario not stored yet");
        }
        return id;
    }

    private static String target(ScenarioEntity entity) {
        return "scenario:" + id(entity);
    }

    private static ScenarioSummary toSummary(ScenarioEntity e) {
        return new ScenarioSummary(
                id(e),
                e.getName(),
                e.getCity(),
                e.getOwner(),
                e.getStatus(),
                e.getBaseYear(),
                e.getHorizonYears(),
                e.getNetJobsFinal(),
                e.getNpv(),
                e.getLatestRevision(),
                e.getVersion(),
                e.getUpdatedAt(),
                e.getUpdatedBy());
    }

    private static ScenarioDetail toDetail(ScenarioEntity e) {
        return new ScenarioDetail(
                id(e),
                ScenarioJson.read(e.getContent()),
                e.getOwner(),
                e.getStatus(),
                e.getVersion(),
                e.getLatestRevision(),
                e.getCreatedAt(),
                e.getCreatedBy(),
                e.getUpdatedAt(),
                e.getUpdatedBy(),
                e.getNetJobsFinal(),
                e.getNpv(),
                e.getCopiedFrom());
    }

    private static ScenarioVersionSummary toVersionSummary(ScenarioVersionEntity v) {
        return new ScenarioVersionSummary(
                v.getScenarioId(),
                v.getRevision(),
                v.getKind(),
                nameOf(v),
                v.getAuthor(),
                v.getCreatedAt(),
                v.getComment(),
                v.getRestoredFrom());
    }

    private static String nameOf(ScenarioVersionEntity v) {
        return ScenarioJson.read(v.getContent()).settings().name();
    }
}
