package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputRange;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.MonteCarlo;
import org.workbench.domain.MonteCarloResult;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.SampleScenarios;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioViews;
import org.workbench.web.base.MoneyScale;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/** The editor with version 2's inputs: expected and promised cards, P5–P95, the form's type rules and ranges. */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioEditorRiskViewTest extends com.vaadin.browserless.SpringBrowserlessTest {

    @Autowired
    ScenarioService service;

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_cards_show_the_expected_figure_with_the_promised_one_beside_it_where_the_two_differ() {
        Scenario risky = sample("Cards expected");
        ScenarioEditor view = open(service.create(risky, null));
        ScenarioViews views = ProjectionEngine.views(risky);
        double expected = views.expected().kpi(Kpi.NPV).getAsDouble();
        double promised = views.promised().kpi(Kpi.NPV).getAsDouble();
        assertThat(expected).isNotEqualTo(promised);

        ResultsPanel results = view.results();
        assertThat(results.cardText(Kpi.NPV)).isEqualTo(MoneyScale.format(expected, Locale.ENGLISH, "CNY"));
        assertThat(results.promisedText(Kpi.NPV))
                .isEqualTo("promised " + MoneyScale.format(promised, Locale.ENGLISH, "CNY"));
        assertThat(results.rangeText(Kpi.NPV)).isEmpty();

        // A scenario where nothing can fail has one figure per card and no "promised" beside it.
        ScenarioEditor certain = open(service.create(TestScenarios.evCity("Cards certain"), null));
        assertThat(certain.results().promisedText(Kpi.NPV)).isEmpty();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_monte_carlo_result_shows_p5_to_p95_on_each_card_until_the_next_edit() {
        Scenario risky = sample("Cards ranges");
        ScenarioEditor view = open(service.create(risky, null));
        MonteCarloResult run = MonteCarlo.run(risky, new MonteCarlo.Options(400, 7, 1, null, null));
        MonteCarloResult.KpiDistribution npv = run.kpi(Kpi.NPV);
        assertThat(npv.p5().getAsDouble()).isLessThan(npv.p95().getAsDouble());

        view.results().showRanges(run);

        assertThat(view.results().rangeText(Kpi.NPV))
                .isEqualTo("P5–P95: " + MoneyScale.format(npv.p5().getAsDouble(), Locale.ENGLISH, "CNY") + " to "
                        + MoneyScale.format(npv.p95().getAsDouble(), Locale.ENGLISH, "CNY"));
        MonteCarloResult.KpiDistribution jobs = run.kpi(Kpi.NET_JOBS_FINAL);
        assertThat(view.results().rangeText(Kpi.NET_JOBS_FINAL))
                .startsWith("P5–P95: "
                        + org.workbench.web.base.Formats.count(jobs.p5().getAsDouble(), Locale.ENGLISH));

        ((TextField) view.settingsForm().field("discountRate")).setValue("6%");
        assertThat(view.results().rangeText(Kpi.NPV)).isEmpty();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void the_form_shows_the_fields_the_incentives_type_allows_and_follows_a_change_of_type() {
        ScenarioEditor view = open(service.create(TestScenarios.evCity("Form type"), null));
        IncentivesEditor incentives = view.incentivesEditor();
        FieldRow stake = view.state().incentives.getFirst();
        assertThat(stake.type()).isEqualTo(IncentiveType.EQUITY);
        incentives.grid().select(stake);
        ItemForm form = incentives.form();

        assertThat(visible(form, "exitYear", "exitMultiple", "recoveryMultiple", "successProbability"))
                .containsOnly(true);
        assertThat(visible(form, "clawbackShare", "talents", "failureYear")).containsOnly(false);

        @SuppressWarnings("unchecked")
        var type = (ComboBox<IncentiveType>) form.input("type");
        type.setValue(IncentiveType.JOB_SUBSIDY);

        assertThat(visible(form, "exitYear", "exitMultiple", "recoveryMultiple", "talents"))
                .containsOnly(false);
        assertThat(visible(form, "clawbackShare", "successProbability")).containsOnly(true);
        assertThat(stake.get("exitYear")).isNull();
        assertThat(view.results().hasClassName("stale")).isFalse();

        type.setValue(IncentiveType.TAX_REBATE);
        assertThat(((TextField) form.input("amount")).getValue()).endsWith("%");
        assertThat(((TextField) form.input("amount")).getHelperText())
                .isEqualTo(view.getTranslation("incentiveType.TAX_REBATE.amountMeaning"));
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_success_probability_below_one_brings_a_failure_year_and_the_expected_card_falls_below_the_promised() {
        Scenario scenario = TestScenarios.evCity("Form success");
        ScenarioEditor view = open(service.create(scenario, null));
        String npvBefore = view.results().cardText(Kpi.NPV);
        IncentivesEditor incentives = view.incentivesEditor();
        incentives.grid().select(view.state().incentives.get(1));
        ItemForm form = incentives.form();

        ((TextField) form.input("successProbability")).setValue("60%");

        assertThat(form.box("failureYear").isVisible()).isTrue();
        assertThat(((IntegerField) form.input("failureYear")).getValue()).isEqualTo(2028);
        assertThat(view.results().hasClassName("stale")).isFalse();
        assertThat(view.results().cardText(Kpi.NPV)).isNotEqualTo(npvBefore);
        assertThat(view.results().promisedText(Kpi.NPV)).isEqualTo("promised " + npvBefore);

        ((TextField) form.input("successProbability")).setValue("1");
        assertThat(form.box("failureYear").isVisible()).isFalse();
        assertThat(view.state().incentives.get(1).get("failureYear")).isNull();
        assertThat(view.results().cardText(Kpi.NPV)).isEqualTo(npvBefore);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_range_typed_beside_a_value_goes_into_the_scenario_and_a_half_or_wrong_range_is_shown_at_its_fields() {
        ScenarioEditor view = open(service.create(TestScenarios.evCity("Form range"), null));
        IncentivesEditor incentives = view.incentivesEditor();
        incentives.grid().select(view.state().incentives.get(1));
        FieldBox butFor = incentives.form().box("butForShare");

        butFor.low().setValue("10%");
        assertThat(butFor.low().isInvalid()).isTrue();
        assertThat(butFor.high().getErrorMessage()).isEqualTo("give both a low and a high estimate, or neither");
        assertThat(view.results().hasClassName("stale")).isTrue();

        butFor.high().setValue("0.5");
        assertThat(butFor.low().isInvalid()).isFalse();
        assertThat(view.state().toScenario().ranges())
                .containsExactly(new InputRange(ItemKind.INCENTIVE, "JS1", "butForShare", 0.1, 0.5));

        // The range must enclose the value (20%): the domain says so at the range.
        butFor.low().setValue("30%");
        assertThat(butFor.low().isInvalid()).isTrue();
        assertThat(butFor.low().getErrorMessage()).isNotBlank();
        assertThat(view.results().hasClassName("stale")).isTrue();

        // A settings range works the same way.
        FieldBox household = view.settingsForm().box("householdSize");
        butFor.low().setValue("");
        butFor.high().setValue("");
        household.low().setValue("2.5");
        household.high().setValue("3.1");
        assertThat(view.state().toScenario().ranges())
                .containsExactly(new InputRange(ItemKind.SETTINGS, null, "householdSize", 2.5, 3.1));
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_stored_scenarios_ranges_and_risks_come_back_into_the_form_and_saving_them_unchanged_stores_nothing() {
        Scenario risky = sample("Form stored ranges");
        ScenarioDetail created = service.create(risky, null);
        ScenarioEditor view = open(created);
        FieldRow anchor = view.state().incentives.stream()
                .filter(r -> "NEV-ANCHOR".equals(r.text("code")))
                .findFirst()
                .orElseThrow();
        view.incentivesEditor().grid().select(anchor);
        FieldBox butFor = view.incentivesEditor().form().box("butForShare");
        assertThat(butFor.low().getValue()).isEqualTo("30%");
        assertThat(butFor.high().getValue()).isEqualTo("70%");
        assertThat(view.state().toScenario().ranges()).containsExactlyInAnyOrderElementsOf(risky.ranges());
        assertThat(view.state().toScenario().incentives()).isEqualTo(risky.incentives());

        // An edit and its undo leave the scenario as stored: the save says so and stores no revision.
        ((TextField) view.settingsForm().field("householdSize")).setValue("9");
        ((TextField) view.settingsForm().field("householdSize"))
                .setValue(String.valueOf(risky.settings().householdSize()));
        assertThat(view.isDirty()).isTrue();
        find(Button.class).withId("editor-save").single().click();

        assertThat(service.versions(created.id())).hasSize(1);
        assertThat(view.isDirty()).isFalse();
    }

    private static Boolean[] visible(ItemForm form, String... keys) {
        Boolean[] shown = new Boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            shown[i] = form.box(keys[i]).isVisible();
        }
        return shown;
    }

    private static Scenario sample(String name) {
        return SampleScenarios.version2().stream()
                .filter(s -> s.id().equals(SampleScenarios.HEFEI_CONCENTRATED_BET))
                .findFirst()
                .orElseThrow()
                .scenario()
                .withName(name);
    }

    private ScenarioEditor open(ScenarioDetail detail) {
        return navigate("scenarios/" + detail.id(), ScenarioEditorView.class).editor();
    }
}
