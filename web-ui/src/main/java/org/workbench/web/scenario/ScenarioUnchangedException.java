package org.workbench.web.scenario;

/**
 * A save whose scenario is the one already stored: a revision without a change would only clutter the history, so
 * nothing is stored. The caller's state is as current as it can be.
 *
 * @see ScenarioService#save
 */
public class ScenarioUnchangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ScenarioDetail current;

    public ScenarioUnchangedException(ScenarioDetail current) {
        super("scenario " + current.id() + " is unchanged since revision " + current.latestRevision());
        this.current = current;
    }

    /** The stored state, equal in every input to what was to be saved. */
    public ScenarioDetail current() {
        return current;
    }
}
