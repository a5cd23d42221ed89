package org.workbench.web.scenario;

import org.workbench.domain.Scenario;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a scenario: the domain records as JSON, wrapped with a format number so that a later change of
 * the records can still read what was stored before.
 */
final class ScenarioJson {
    static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Stored(int format, Scenario scenario) {}

    private ScenarioJson() {}

    static String write(Scenario scenario) {
        return JSON.writeValueAsString(new Stored(FORMAT, scenario));
    }

    static Scenario read(String json) {
        Stored stored = JSON.readValue(json, Stored.class);
        if (stored.format() != FORMAT) {
            throw new IllegalStateException("unknown scenario format " + stored.format());
        }
        return stored.scenario();
    }
}
