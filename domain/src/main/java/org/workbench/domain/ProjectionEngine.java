package org.workbench.domain;

/** The calculation model, version 1: a pure, thread-safe function of a scenario. */
public final class ProjectionEngine {
    public static final String MODEL_VERSION = "1";

    private ProjectionEngine() {}

    public static ProjectionResult project(Scenario scenario) {
        throw new UnsupportedOperationException("the engine is being written (issue 3)");
    }
}
