package org.workbench.web.scenario;

/** The scenario (or the version of it) does not exist, or no longer does. */
public class ScenarioNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioNotFoundException(long id) {
        super("scenario " + id + " not found");
    }

    public ScenarioNotFoundException(long id, int revision) {
        super("scenario " + id + " has no revision " + revision);
    }
}
