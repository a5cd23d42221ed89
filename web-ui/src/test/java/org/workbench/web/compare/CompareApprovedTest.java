package org.workbench.web.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workbench.web.TestUsers.signIn;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.web.account.Role;
import org.workbench.web.base.i18n.WorkbenchI18nProvider;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.ScenarioStatus;
import org.workbench.web.scenario.TestScenarios;

/** A comparison of the approved revisions: what a reviewer signed off, not the draft somebody works on since. */
@SpringBootTest
@ActiveProfiles("test")
class CompareApprovedTest {

    @Autowired
    CompareService compare;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ScenarioReviewService review;

    @Autowired
    WorkbenchI18nProvider i18n;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_approved_revision_is_compared_even_when_a_newer_draft_exists() {
        String tag = tag();
        Scenario approvedContent = TestScenarios.evCity(tag + " approved");
        long changed = approved(approvedContent);
        long other = approved(TestScenarios.evCity(tag + " other"));
        signIn("anna", Role.PLANNER);
        review.startNewDraft(changed);
        Scenario draft = TestScenarios.withDiscountRate(approvedContent, 0.11);
        scenarios.save(new ScenarioId(changed), scenarios.get(changed).version(), draft, "a newer draft");
        assertThat(scenarios.get(changed).latestRevision()).isEqualTo(3);

        var latest = compare.compare(new CompareRequest(List.of(changed, other), other));
        var approved = compare.compare(
                new CompareRequest(List.of(changed, other), other, HorizonMode.COMMON, Revisions.APPROVED));

        double approvedNpv =
                ProjectionEngine.views(approvedContent).expected().kpi(Kpi.NPV).getAsDouble();
        double draftNpv = ProjectionEngine.views(draft).expected().kpi(Kpi.NPV).getAsDouble();
        assertThat(approvedNpv).isNotEqualTo(draftNpv);
        assertThat(approved.value(Kpi.NPV, KpiRow.View.EXPECTED, 0)).hasValue(approvedNpv);
        assertThat(latest.value(Kpi.NPV, KpiRow.View.EXPECTED, 0)).hasValue(draftNpv);
        ScenarioColumn column = approved.scenarios().getFirst();
        assertThat(column.revision()).isEqualTo(1);
        assertThat(column.approvedRevision()).isEqualTo(1);
        assertThat(column.status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(column.approvedAsked()).isTrue();
        assertThat(column.approved()).isTrue();
        assertThat(latest.scenarios().getFirst().revision()).isEqualTo(3);
        assertThat(latest.scenarios().getFirst().approved()).isFalse();
        // The inputs shown are the approved ones too.
        assertThat(discountRate(approved)).isEqualTo(approvedContent.settings().discountRate());
        assertThat(discountRate(latest)).isEqualTo(0.11);
    }

    @Test
    void a_scenario_never_approved_is_refused_by_name_in_both_languages_and_nothing_is_compared() {
        String tag = tag();
        long approved = approved(TestScenarios.evCity(tag + " approved"));
        signIn("anna", Role.PLANNER);
        long draft =
                scenarios.create(TestScenarios.evCity(tag + " draft"), null).id();
        var request = new CompareRequest(List.of(approved, draft), approved, HorizonMode.COMMON, Revisions.APPROVED);

        assertThatThrownBy(() -> compare.compare(request)).isInstanceOfSatisfying(CompareException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("compare.error.notApproved");
            assertThat(e.arguments()).containsExactly("“" + tag + " draft”");
            assertThat(i18n.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments()))
                    .contains("“" + tag + " draft” has never been approved");
            assertThat(i18n.getTranslation(e.messageKey(), Locale.SIMPLIFIED_CHINESE, e.arguments()))
                    .contains("“" + tag + " draft” 从未获批准");
        });
        assertThatThrownBy(() -> compare.export(request, Locale.ENGLISH, java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(CompareException.class);
    }

    @Test
    void the_export_of_approved_revisions_says_so_in_its_notes() throws Exception {
        String tag = tag();
        long first = approved(TestScenarios.evCity(tag + " a"));
        long second = approved(TestScenarios.evCity(tag + " b"));
        var out = new java.io.ByteArrayOutputStream();

        compare.export(
                new CompareRequest(List.of(first, second), first, HorizonMode.COMMON, Revisions.APPROVED),
                Locale.ENGLISH,
                out);

        var texts = new java.util.ArrayList<String>();
        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString()))));
        }
        assertThat(texts).contains("Approved revisions only: " + tag + " a, revision 1 · " + tag + " b, revision 1.");
    }

    private static Object discountRate(Comparison comparison) {
        return comparison.inputs().stream()
                .filter(row -> row.kind() == ItemKind.SETTINGS && row.field().equals("discountRate"))
                .findFirst()
                .orElseThrow()
                .cells()
                .getFirst()
                .value();
    }

    private long approved(Scenario scenario) {
        signIn("anna", Role.PLANNER);
        long id = scenarios.create(scenario, null).id();
        review.submit(id, 1, null);
        signIn("rita", Role.REVIEWER);
        review.approve(id, 1, null);
        return id;
    }

    private static String tag() {
        return "Approved " + UUID.randomUUID().toString().substring(0, 8);
    }
}
