package org.workbench.web.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.web.TestUsers;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.InputChange;
import org.workbench.web.scenario.ScenarioDetail;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/**
 * The source note beside each input in the editor: typing one, the icon and tooltip that show it, saving it as a new
 * revision with its change in the history, refusing a text the domain refuses, and reading it as a viewer.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScenarioEditorSourcesTest extends SpringBrowserlessTest {
    private static final String TABLE = "Provincial input-output table 2020, Type II";

    @Autowired
    ScenarioService service;

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_source_typed_on_a_multiplier_shows_as_its_tooltip_and_is_saved_as_a_new_revision() {
        ScenarioDetail detail = service.create(TestScenarios.evCity("Sources typed"), null);
        ScenarioEditor editor = open(detail);
        SourceNote note =
                editor.industriesEditor().form().box("employmentMultiplier").source();
        assertThat(note.icon().hasClassName("has-source")).isFalse();

        note.open();
        note.textArea().setValue("  " + TABLE + " ");

        assertThat(note.icon().hasClassName("has-source")).isTrue();
        assertThat(note.icon().getTooltip().getText()).isEqualTo(TABLE);
        assertThat(editor.isDirty()).isTrue();
        find(Button.class).id("editor-save").click();
        ScenarioDetail saved = service.get(detail.id());
        assertThat(saved.latestRevision()).isEqualTo(2);
        assertThat(saved.scenario().sources())
                .containsExactly(new InputSource(ItemKind.INDUSTRY, "EV", "employmentMultiplier", TABLE));
        assertThat(service.diff(detail.id(), 1, 2)).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(InputChange.Change.SOURCE);
            assertThat(change.item()).isEqualTo("EV");
            assertThat(change.newValue()).isEqualTo(TABLE);
        });
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_source_follows_its_incentive_when_the_code_changes_and_clearing_it_removes_it() {
        String contract = "Signed contract, clause 4.2";
        ScenarioDetail detail = service.create(
                TestScenarios.evCity("Sources renamed")
                        .withSources(List.of(new InputSource(ItemKind.INCENTIVE, "JS1", "committedJobs", contract))),
                null);
        ScenarioEditor editor = open(detail);
        IncentivesEditor incentives = editor.incentivesEditor();
        incentives.grid().select(editor.state().incentives.get(1));
        ItemForm form = incentives.form();
        assertThat(form.box("committedJobs").source().icon().hasClassName("has-source"))
                .isTrue();
        assertThat(form.box("amount").source().icon().hasClassName("has-source"))
                .isFalse();

        ((TextField) form.input("code")).setValue("JS9");
        assertThat(editor.state().toScenario().sources())
                .containsExactly(new InputSource(ItemKind.INCENTIVE, "JS9", "committedJobs", contract));

        form.box("committedJobs").source().textArea().setValue("   ");
        assertThat(editor.state().toScenario().sources()).isEmpty();
        assertThat(form.box("committedJobs").source().icon().hasClassName("has-source"))
                .isFalse();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void a_source_over_500_characters_is_refused_at_its_field_and_the_stored_one_stays() {
        ScenarioDetail detail = service.create(
                TestScenarios.evCity("Sources too long")
                        .withSources(List.of(new InputSource(ItemKind.SETTINGS, null, "discountRate", "budget law"))),
                null);
        ScenarioEditor editor = open(detail);
        SourceNote note = editor.settingsForm().box("discountRate").source();

        note.textArea().setValue("来".repeat(501));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("must be at most 500 characters, found 501");
        assertThat(editor.state().toScenario().sources())
                .containsExactly(new InputSource(ItemKind.SETTINGS, null, "discountRate", "budget law"));

        note.textArea().setValue("budget law\u0000");
        assertThat(note.getErrorMessage()).isEqualTo("must not contain control characters (only line breaks)");
    }

    @Test
    @WithMockUser(username = "vic", roles = "VIEWER")
    void a_viewer_reads_a_source_but_cannot_change_it_and_sees_no_icon_where_there_is_none() {
        var previous = SecurityContextHolder.getContext();
        TestUsers.signIn("planner", Role.PLANNER);
        ScenarioDetail detail;
        try {
            detail = service.create(
                    TestScenarios.evCity("Sources viewer")
                            .withSources(
                                    List.of(new InputSource(ItemKind.SETTINGS, null, "discountRate", "budget law"))),
                    null);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        ScenarioEditor editor = open(detail);

        SourceNote note = editor.settingsForm().box("discountRate").source();
        assertThat(note.icon().isVisible()).isTrue();
        assertThat(note.textArea().isReadOnly()).isTrue();
        assertThat(note.textArea().getValue()).isEqualTo("budget law");
        assertThat(editor.settingsForm().box("householdSize").source().icon().isVisible())
                .isFalse();
    }

    /** Opens the editor with its first industry in the industries' form. */
    private ScenarioEditor open(ScenarioDetail detail) {
        ScenarioEditor editor =
                navigate("scenarios/" + detail.id(), ScenarioEditorView.class).editor();
        editor.industriesEditor().grid().select(editor.state().industries.getFirst());
        return editor;
    }
}
