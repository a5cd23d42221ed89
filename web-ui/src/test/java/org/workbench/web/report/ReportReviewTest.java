package org.workbench.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workbench.web.TestUsers.signIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.account.Role;
import org.workbench.web.compare.CompareRequest;
import org.workbench.web.compare.HorizonMode;
import org.workbench.web.compare.Revisions;
import org.workbench.web.scenario.ScenarioId;
import org.workbench.web.scenario.ScenarioReviewService;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

/** The reports say where the printed revisions stand in their review, in both languages. */
@SpringBootTest
@ActiveProfiles("test")
class ReportReviewTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ReportService reports;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ScenarioReviewService review;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_approved_scenario_report_names_the_revision_the_reviewer_and_the_day_and_the_pdf_shows_it()
            throws Exception {
        long id = approved("Report approved " + UUID.randomUUID());
        String day = day(id);
        signIn("viewer", Role.VIEWER);

        Report english = reports.scenario(id, Locale.ENGLISH, ZoneOffset.UTC);
        Report chinese = reports.scenario(id, CHINESE, ZoneOffset.UTC);

        assertThat(note(english)).isEqualTo("Approved, revision 1 — approved by rita on " + day + ".");
        assertThat(note(chinese)).isEqualTo("已批准，第 1 版 — 由 rita 于 " + day + " 批准。");
        assertThat(text(reports.pdf(english, Locale.ENGLISH), "scenario-review-en.pdf"))
                .contains("Review state")
                .contains("approved by rita on " + day);
    }

    @Test
    void a_newer_draft_is_reported_as_not_approved_with_the_approved_revision_that_exists() throws Exception {
        long id = approved("Report draft " + UUID.randomUUID());
        String day = day(id);
        signIn("anna", Role.PLANNER);
        review.startNewDraft(id);

        Report english = reports.scenario(id, Locale.ENGLISH, ZoneOffset.UTC);
        Report chinese = reports.scenario(id, CHINESE, ZoneOffset.UTC);

        assertThat(note(english))
                .isEqualTo("Draft, revision 2 — not approved (approved revision 1 exists, by rita on " + day + ").");
        assertThat(note(chinese)).isEqualTo("草稿，第 2 版 — 未批准（已有批准的第 1 版，由 rita 于 " + day + " 批准）。");
        text(reports.pdf(chinese, CHINESE), "scenario-review-zh.pdf");
    }

    @Test
    void a_scenario_never_approved_is_reported_as_such_and_in_review_it_is_not_approved_yet() {
        signIn("anna", Role.PLANNER);
        long id = scenarios
                .create(TestScenarios.evCity("Report never " + UUID.randomUUID()), null)
                .id();

        assertThat(note(reports.scenario(id, Locale.ENGLISH, ZoneOffset.UTC)))
                .isEqualTo("Draft, revision 1 — not approved: no revision of this scenario has been approved.");
        review.submit(id, 1, null);
        assertThat(note(reports.scenario(id, CHINESE, ZoneOffset.UTC))).isEqualTo("审核中，第 1 版 — 未批准：本情景尚无任何版本获批准。");
    }

    @Test
    void a_comparison_report_of_approved_revisions_says_so_and_names_each_revision() {
        String tag = "Report compare " + UUID.randomUUID().toString().substring(0, 8);
        long changed = approved(tag + " a");
        long other = approved(tag + " b");
        signIn("anna", Role.PLANNER);
        review.startNewDraft(changed);
        scenarios.save(
                new ScenarioId(changed),
                scenarios.get(changed).version(),
                TestScenarios.withDiscountRate(scenarios.get(changed).scenario(), 0.09),
                null);
        var request = new CompareRequest(List.of(changed, other), other, HorizonMode.COMMON, Revisions.APPROVED);

        Report english = reports.comparison(request, Locale.ENGLISH, ZoneOffset.UTC);
        Report chinese = reports.comparison(request, CHINESE, ZoneOffset.UTC);
        Report latest = reports.comparison(request.withRevisions(Revisions.LATEST), Locale.ENGLISH, ZoneOffset.UTC);

        assertThat(note(english, "Revisions"))
                .isEqualTo("Approved revisions only: " + tag + " a, revision 1 · " + tag + " b, revision 1.");
        assertThat(note(chinese, "版本")).isEqualTo("仅比较已批准版本：" + tag + " a，第 1 版 · " + tag + " b，第 1 版。");
        assertThat(latest.blocks()).noneMatch(b -> b.heading().equals("Revisions"));
    }

    private long approved(String name) {
        signIn("anna", Role.PLANNER);
        long id = scenarios.create(TestScenarios.evCity(name), null).id();
        review.submit(id, 1, null);
        signIn("rita", Role.REVIEWER);
        review.approve(id, 1, null);
        return id;
    }

    private String day(long id) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd")
                .withZone(ZoneOffset.UTC)
                .format(review.state(id).approvedAt());
    }

    private static String note(Report report) {
        return note(report, report.blocks().getFirst().heading());
    }

    private static String note(Report report, String heading) {
        return report.blocks().stream()
                .filter(Report.Note.class::isInstance)
                .map(Report.Note.class::cast)
                .filter(n -> n.heading().equals(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no note " + heading))
                .text();
    }

    private static String text(byte[] pdf, String keptAs) throws Exception {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(keptAs), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
