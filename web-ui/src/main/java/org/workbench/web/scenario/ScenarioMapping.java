package org.workbench.web.scenario;

/** Turns the stored rows into the records the UI receives: it never sees an entity. */
final class ScenarioMapping {
    private ScenarioMapping() {}

    static long id(ScenarioEntity entity) {
        Long id = entity.getId();
        if (id == null) {
            throw new IllegalStateException("scenario not stored yet");
        }
        return id;
    }

    static String target(ScenarioEntity entity) {
        return "scenario:" + id(entity);
    }

    static ScenarioSummary toSummary(ScenarioEntity e) {
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
                e.getUpdatedBy(),
                e.getApprovedRevision());
    }

    static ScenarioDetail toDetail(ScenarioEntity e) {
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
                e.getCopiedFrom(),
                e.getApprovedRevision());
    }

    static ScenarioVersionSummary toVersionSummary(ScenarioVersionEntity v) {
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

    /** The stored name; only versions from before the name column need their snapshot read. */
    private static String nameOf(ScenarioVersionEntity v) {
        String name = v.getName();
        return name != null
                ? name
                : ScenarioJson.read(v.getContent()).settings().name();
    }
}
