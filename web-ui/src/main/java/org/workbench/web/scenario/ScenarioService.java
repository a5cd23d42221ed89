package org.workbench.web.scenario;

import static org.workbench.web.base.Roles.ANY_ROLE;
import static org.workbench.web.base.Roles.PLANNERS;
import static org.workbench.web.base.Roles.SCENARIO_WRITERS;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.workbench.domain.Scenario;
import org.workbench.importers.ScenarioReport;
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
    private final ScenarioRepository scenarios;
    private final ScenarioHistory history;
    private final AuditTrail auditTrail;

    // ---- reading

    /** One page of the list, e.g. for a lazy grid; sorted by last change when the page asks for no known order. */
    @Transactional(readOnly = true)
    public List<ScenarioSummary> list(ScenarioQuery query, Pageable page) {
        return scenarios.findAll(ScenarioListing.matching(query), ScenarioListing.sorted(page)).stream()
                .map(ScenarioMapping::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(ScenarioQuery query) {
        return scenarios.count(ScenarioListing.matching(query));
    }

    /** Everybody who owns a scenario, for the list's owner filter. */
    @Transactional(readOnly = true)
    public List<String> owners() {
        return scenarios.findOwners();
    }

    /** @throws ScenarioNotFoundException when there is no such scenario */
    @Transactional(readOnly = true)
    public ScenarioDetail get(long id) {
        return ScenarioMapping.toDetail(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<ScenarioDetail> find(long id) {
        return scenarios.findById(id).map(ScenarioMapping::toDetail);
    }

    /** The scenarios with these ids, in the order asked; ids that do not exist (any more) are left out. */
    @Transactional(readOnly = true)
    public List<ScenarioDetail> getAll(Collection<Long> ids) {
        var found = new ArrayList<ScenarioDetail>(ids.size());
        for (Long id : ids) {
            scenarios.findById(id).map(ScenarioMapping::toDetail).ifPresent(found::add);
        }
        return found;
    }

    /** Whether the current user may save new versions of the scenario (save, rename, restore). */
    @Transactional(readOnly = true)
    public boolean canEdit(long id) {
        return scenarios.findById(id).map(ScenarioAccess.current()::canEdit).orElse(false);
    }

    /** Whether the current user may archive or restore from the archive. */
    @Transactional(readOnly = true)
    public boolean canChangeStatus(long id) {
        return scenarios
                .findById(id)
                .map(ScenarioAccess.current()::canChangeStatus)
                .orElse(false);
    }

    /** Whether the current user's role may ever archive or restore a scenario: the list hides those actions if not. */
    public boolean canChangeStatuses() {
        return ScenarioAccess.current().canChangeStatuses();
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
        return history.summaries(id);
    }

    /** @throws ScenarioNotFoundException when the scenario or the revision does not exist */
    @Transactional(readOnly = true)
    public ScenarioVersionDetail version(long id, int revision) {
        ScenarioVersionEntity version = history.loadVersion(id, revision);
        return new ScenarioVersionDetail(
                ScenarioMapping.toVersionSummary(version), ScenarioJson.read(version.getContent()));
    }

    /** What changed from revision {@code from} to revision {@code to}. */
    @Transactional(readOnly = true)
    public List<InputChange> diff(long id, int from, int to) {
        return ScenarioDiff.between(
                ScenarioJson.read(history.loadVersion(id, from).getContent()),
                ScenarioJson.read(history.loadVersion(id, to).getContent()));
    }

    /**
     * Writes the scenario with every result of calculation model version 2 (the views, Monte Carlo with the
     * scenario's own draws and seed, the tornado) as a results workbook of format version 2, headers in the user's
     * language, and records the export.
     */
    @Transactional(readOnly = true)
    public void exportWorkbook(long id, Locale locale, OutputStream out) throws IOException {
        Scenario scenario = ScenarioJson.read(load(id).getContent());
        WorkbookExporter.writeReport(scenario, ScenarioReport.of(scenario), locale, out);
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
        ScenarioEntity created = history.insert(scenario, access.username(), VersionKind.CREATED, comment, null);
        auditTrail.record(
                AuditAction.SCENARIO_CREATED, ScenarioMapping.target(created), Map.of("name", created.getName()));
        return ScenarioMapping.toDetail(created);
    }

    /**
     * Stores the scenario as the new current state and as a new version. When somebody else's save lands between
     * the check and the write, it asks once more, which then names who and what.
     *
     * @param expectedVersion {@link ScenarioDetail#version()} of the state the user started editing from
     * @throws ScenarioConflictException when somebody else saved a newer version since; nothing is saved
     * @throws ScenarioUnchangedException when the scenario equals the stored one in every input (a comment alone is
     *     no change); nothing is saved
     * @throws AccessDeniedException when the user may not edit this scenario (or it is archived)
     */
    @PreAuthorize(SCENARIO_WRITERS)
    public ScenarioDetail save(ScenarioId id, long expectedVersion, Scenario scenario, @Nullable String comment) {
        try {
            return history.save(id.value(), expectedVersion, scenario, comment);
        } catch (ObjectOptimisticLockingFailureException race) {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                throw race; // the caller's transaction is lost with it: only the caller can start again
            }
            return history.save(id.value(), expectedVersion, scenario, comment);
        }
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
        ScenarioEntity created = history.insert(scenario, access.username(), VersionKind.COPIED, comment, id);
        auditTrail.record(
                AuditAction.SCENARIO_CREATED,
                ScenarioMapping.target(created),
                Map.of("name", created.getName(), "copiedFrom", String.valueOf(id)));
        return ScenarioMapping.toDetail(created);
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
    public ScenarioDetail rename(ScenarioId scenario, long expectedVersion, String newName) {
        long id = scenario.value();
        ScenarioEntity entity = history.loadForEdit(id);
        history.refuseIfChangedSince(entity, expectedVersion);
        String oldName = entity.getName();
        Scenario renamed = ScenarioJson.read(entity.getContent()).withName(newName.strip());
        history.addVersion(entity, renamed, VersionKind.RENAMED, null, null);
        auditTrail.record(
                AuditAction.SCENARIO_RENAMED, ScenarioMapping.target(entity), Map.of("from", oldName, "to", newName));
        return ScenarioMapping.toDetail(entity);
    }

    /** Brings an older version back as the newest one; the versions in between stay in the history. */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public ScenarioDetail restore(long id, int revision, @Nullable String comment) {
        ScenarioEntity entity = history.loadForEdit(id);
        Scenario old = ScenarioJson.read(history.loadVersion(id, revision).getContent());
        int created = history.addVersion(entity, old, VersionKind.RESTORED, comment, revision);
        auditTrail.record(
                AuditAction.SCENARIO_RESTORED,
                ScenarioMapping.target(entity),
                Map.of("revision", String.valueOf(created), "restoredFrom", String.valueOf(revision)));
        return ScenarioMapping.toDetail(entity);
    }

    /**
     * Into the archive or out of it, no other move: review steps are {@link ScenarioReviewService}'s. A scenario in
     * review is not archived; out of the archive it is approved again only if its latest revision is the approved
     * one. Not a content change: no new version, and no conflict for others editing.
     *
     * @throws ReviewRuleException for any other change of status; nothing changes
     */
    @PreAuthorize(PLANNERS)
    @Transactional
    public ScenarioDetail changeStatus(long id, ScenarioStatus status) {
        ScenarioEntity entity = history.loadForStatus(id);
        if (!ScenarioAccess.current().canChangeStatus(entity)) {
            throw new AccessDeniedException("may not change the status of scenario " + id);
        }
        ScenarioStatus old = entity.getStatus();
        if (old != status) {
            if (!archiveMove(entity, status)) {
                throw new ReviewRuleException("review.refused.state", old.name());
            }
            entity.setStatus(status);
            history.touch(entity, ScenarioAccess.current().username());
            scenarios.saveAndFlush(entity);
            auditTrail.record(
                    AuditAction.SCENARIO_STATUS_CHANGED,
                    ScenarioMapping.target(entity),
                    Map.of("from", old.name(), "to", status.name()));
        }
        return ScenarioMapping.toDetail(entity);
    }

    private static boolean archiveMove(ScenarioEntity entity, ScenarioStatus to) {
        ScenarioStatus from = entity.getStatus();
        if (to == ScenarioStatus.ARCHIVED) {
            return from == ScenarioStatus.DRAFT || from == ScenarioStatus.APPROVED;
        }
        return from == ScenarioStatus.ARCHIVED
                && (to == ScenarioStatus.DRAFT || (to == ScenarioStatus.APPROVED && approvedIsLatest(entity)));
    }

    private static boolean approvedIsLatest(ScenarioEntity entity) {
        Integer approved = entity.getApprovedRevision();
        return approved != null && approved == entity.getLatestRevision();
    }

    @PreAuthorize(PLANNERS)
    @Transactional
    public ScenarioDetail archive(long id) {
        return changeStatus(id, ScenarioStatus.ARCHIVED);
    }

    /** Out of the archive: approved again when nothing changed since the approval, else a draft. */
    @PreAuthorize(PLANNERS)
    @Transactional
    public ScenarioDetail unarchive(long id) {
        ScenarioEntity entity = load(id);
        return changeStatus(id, approvedIsLatest(entity) ? ScenarioStatus.APPROVED : ScenarioStatus.DRAFT);
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
        history.deleteVersions(id);
        scenarios.delete(entity);
        auditTrail.record(
                AuditAction.SCENARIO_DELETED, ScenarioMapping.target(entity), Map.of("name", entity.getName()));
    }

    // ---- internals

    private ScenarioEntity load(long id) {
        return history.load(id);
    }
}
