package org.workbench.web.scenario;

import java.util.List;

/**
 * Somebody else saved the scenario after the caller loaded it. Nothing was saved; the caller still holds its own edits
 * and can reload, or save them as a copy.
 *
 * @see ScenarioService#save
 */
public class ScenarioConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ScenarioDetail current;
    private final transient List<ScenarioVersionSummary> newerVersions;
    private final transient List<InputChange> theirChanges;

    public ScenarioConflictException(
            ScenarioDetail current, List<ScenarioVersionSummary> newerVersions, List<InputChange> theirChanges) {
        super("scenario " + current.id() + " was changed by " + current.updatedBy() + " (now version "
                + current.version() + ")");
        this.current = current;
        this.newerVersions = List.copyOf(newerVersions);
        this.theirChanges = List.copyOf(theirChanges);
    }

    /** The scenario as the other person left it. */
    public ScenarioDetail current() {
        return current;
    }

    /** The versions saved since the caller loaded the scenario, newest first: who, when, with which comment. */
    public List<ScenarioVersionSummary> newerVersions() {
        return newerVersions;
    }

    /** What the others changed, from the state the caller loaded to the current one. */
    public List<InputChange> theirChanges() {
        return theirChanges;
    }
}
