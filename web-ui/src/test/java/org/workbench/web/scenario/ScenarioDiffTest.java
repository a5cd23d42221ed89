package org.workbench.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;

class ScenarioDiffTest {
    private final Scenario base = TestScenarios.evCity("Base");

    @Test
    void identical_scenarios_have_no_changes() {
        assertThat(ScenarioDiff.between(base, TestScenarios.evCity("Base"))).isEmpty();
    }

    @Test
    void a_changed_setting_and_a_changed_incentive_field_name_old_and_new_values() {
        Scenario after = TestScenarios.withButForShare(TestScenarios.withDiscountRate(base, 0.05), "JS1", 0.4);

        assertThat(ScenarioDiff.between(base, after))
                .extracting(
                        InputChange::kind,
                        InputChange::item,
                        InputChange::change,
                        InputChange::field,
                        InputChange::oldValue,
                        InputChange::newValue)
                .containsExactly(
                        tuple(ItemKind.SETTINGS, null, InputChange.Change.CHANGED, "discountRate", 0.03, 0.05),
                        tuple(ItemKind.INCENTIVE, "JS1", InputChange.Change.CHANGED, "butForShare", 0.2, 0.4));
    }

    @Test
    void incentives_are_matched_by_code_so_reordering_is_no_change_but_a_new_code_is_added_and_removed() {
        List<Incentive> reordered = new ArrayList<>(base.incentives().reversed());
        Incentive js = reordered.removeFirst();
        reordered.add(new Incentive(
                "JS2",
                js.name(),
                IncentiveType.JOB_SUBSIDY,
                js.industryCode(),
                js.startYear(),
                js.durationYears(),
                js.committedJobs(),
                js.rampYears(),
                js.butForShare(),
                js.amount(),
                0,
                null,
                null));
        Scenario after = new Scenario(base.settings(), base.industries(), reordered);

        assertThat(ScenarioDiff.between(base, after))
                .extracting(InputChange::item, InputChange::change, InputChange::itemName)
                .containsExactly(
                        tuple("JS2", InputChange.Change.ADDED, "Display job subsidy"),
                        tuple("JS1", InputChange.Change.REMOVED, "Display job subsidy"));
    }

    @Test
    void a_field_change_knows_the_domain_label_key_of_its_field() {
        Scenario after = TestScenarios.withButForShare(base, "EQ1", 0.5);

        assertThat(ScenarioDiff.between(base, after))
                .singleElement()
                .extracting(InputChange::fieldLabelKey)
                .isEqualTo("field.incentive.butForShare");
    }
}
