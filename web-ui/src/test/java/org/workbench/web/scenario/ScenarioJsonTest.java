package org.workbench.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workbench.domain.Scenario;

class ScenarioJsonTest {

    @Test
    void a_scenario_reads_back_equal_to_what_was_written_including_empty_optional_values() {
        Scenario scenario = TestScenarios.evCity("Round trip 往返");

        String json = ScenarioJson.write(scenario);

        assertThat(json).contains("\"format\":1");
        assertThat(ScenarioJson.read(json)).isEqualTo(scenario);
    }
}
