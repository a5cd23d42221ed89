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

    @Test
    void the_sources_of_the_inputs_are_kept_and_a_scenario_stored_before_sources_existed_reads_with_none() {
        Scenario scenario = TestScenarios.evCity("Sources 来源")
                .withSources(java.util.List.of(
                        new org.workbench.domain.InputSource(
                                org.workbench.domain.ItemKind.INDUSTRY, "EV", "employmentMultiplier", "I-O table 2020"),
                        new org.workbench.domain.InputSource(
                                org.workbench.domain.ItemKind.SETTINGS, null, "discountRate", "budget law")));

        String json = ScenarioJson.write(scenario);

        assertThat(ScenarioJson.read(json)).isEqualTo(scenario);
        String older = json.replaceFirst(",\"sources\":\\[[^\\]]*\\]", "");
        assertThat(older).doesNotContain("sources");
        assertThat(ScenarioJson.read(older).sources()).isEmpty();
    }
}
