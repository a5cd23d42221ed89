package org.workbench.web.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.workbench.web.TestUsers.signIn;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Kpi;
import org.workbench.domain.ProjectionEngine;
import org.workbench.domain.Scenario;
import org.workbench.web.account.Role;

// No mock beans here, so that this shares the application context of the browserless view tests instead of
// starting another one. The audit trail is checked through its log instead.
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ScenarioServiceTest {

    @Autowired
    ScenarioService service;

    @Autowired
    java.util.List<org.workbench.web.account.AccountOwnershipCheck> ownershipChecks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_scenario_is_a_draft_of_its_creator_with_version_one_and_the_key_figures_of_its_result(
            CapturedOutput log) {
        signIn("anna", Role.PLANNER);
        Scenario scenario = TestScenarios.evCity(unique("New"));

        ScenarioDetail created = service.create(scenario, "first cut");

        var expected = ProjectionEngine.project(scenario);
        assertThat(created.scenario()).isEqualTo(scenario);
        assertThat(created.owner()).isEqualTo("anna");
        assertThat(created.status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(created.latestRevision()).isEqualTo(1);
        assertThat(created.npv()).isEqualTo(expected.kpi(Kpi.NPV).getAsDouble());
        assertThat(created.netJobsFinal())
                .isEqualTo(expected.kpi(Kpi.NET_JOBS_FINAL).getAsDouble())
                .isPositive();
        assertThat(service.get(created.id())).isEqualTo(created);
        assertThat(service.versions(created.id()))
                .extracting(ScenarioVersionSummary::revision, ScenarioVersionSummary::kind, v -> v.comment())
                .containsExactly(tuple(1, VersionKind.CREATED, "first cut"));
        assertThat(log.getOut())
                .containsPattern("audit SCENARIO_CREATED by anna .*on scenario:" + created.id() + " \\{name="
                        + java.util.regex.Pattern.quote(scenario.settings().name()) + "\\}");
    }

    @Test
    void every_save_stores_a_full_version_with_author_time_and_comment_and_old_versions_stay_as_they_were(
            CapturedOutput log) {
        signIn("anna", Role.PLANNER);
        Scenario first = TestScenarios.evCity(unique("Versions"));
        ScenarioDetail created = service.create(first, null);
        Scenario second = TestScenarios.withButForShare(first, "JS1", 0.6);

        signIn("bo", Role.PLANNER);
        ScenarioDetail saved =
                service.save(new ScenarioId(created.id()), created.version(), second, "  more deadweight-proof  ");

        assertThat(saved.latestRevision()).isEqualTo(2);
        assertThat(saved.version()).isGreaterThan(created.version());
        assertThat(saved.updatedBy()).isEqualTo("bo");
        assertThat(saved.owner()).isEqualTo("anna");
        assertThat(saved.npv()).isNotEqualTo(created.npv());
        assertThat(service.versions(created.id()))
                .extracting(ScenarioVersionSummary::revision, ScenarioVersionSummary::author, v -> v.comment())
                .containsExactly(tuple(2, "bo", "more deadweight-proof"), tuple(1, "anna", null));
        assertThat(service.version(created.id(), 1).scenario()).isEqualTo(first);
        assertThat(service.version(created.id(), 2).scenario()).isEqualTo(second);
        assertThat(log.getOut())
                .containsPattern("audit SCENARIO_SAVED by bo .*on scenario:" + created.id() + " \\{revision=2\\}");
    }

    @Test
    void saving_what_is_stored_already_is_refused_and_stores_no_revision_not_even_with_a_comment(CapturedOutput log) {
        signIn("anna", Role.PLANNER);
        Scenario first = TestScenarios.evCity(unique("Unchanged"));
        ScenarioDetail created = service.create(first, null);
        // A scenario equal to the stored one but built anew, as the editor builds it from its fields.
        Scenario same = TestScenarios.withDiscountRate(
                TestScenarios.withDiscountRate(first, 0.09), first.settings().discountRate());

        ScenarioUnchangedException refused = catchThrowableOfType(
                ScenarioUnchangedException.class,
                () -> service.save(new ScenarioId(created.id()), created.version(), same, "just looking"));

        assertThat(refused.current().latestRevision()).isEqualTo(1);
        assertThat(service.versions(created.id())).hasSize(1);
        assertThat(service.get(created.id()).version()).isEqualTo(created.version());
        assertThat(log.getOut()).doesNotContain("SCENARIO_SAVED by anna on scenario:" + created.id());

        ScenarioDetail changed = service.save(
                new ScenarioId(created.id()), created.version(), TestScenarios.withDiscountRate(first, 0.09), null);
        assertThat(changed.latestRevision()).isEqualTo(2);
        assertThatThrownBy(() -> service.save(
                        new ScenarioId(created.id()),
                        changed.version(),
                        TestScenarios.withDiscountRate(first, 0.09),
                        null))
                .isInstanceOf(ScenarioUnchangedException.class);
        assertThat(service.versions(created.id())).hasSize(2);
    }

    @Test
    void a_change_of_a_range_alone_is_a_change_and_is_saved() {
        signIn("anna", Role.PLANNER);
        Scenario first = TestScenarios.evCity(unique("Range only"));
        ScenarioDetail created = service.create(first, null);
        Scenario ranged = first.with(
                List.of(new org.workbench.domain.InputRange(ItemKind.INCENTIVE, "JS1", "butForShare", 0.1, 0.4)),
                List.of());

        ScenarioDetail saved = service.save(new ScenarioId(created.id()), created.version(), ranged, null);

        assertThat(saved.latestRevision()).isEqualTo(2);
        assertThat(service.get(created.id()).scenario().ranges()).hasSize(1);
    }

    @Test
    void the_export_is_a_version_2_results_workbook_with_the_expected_view_risk_and_fan() throws Exception {
        signIn("anna", Role.PLANNER);
        ScenarioDetail created = service.create(TestScenarios.evCity(unique("Export v2")), null);
        var out = new java.io.ByteArrayOutputStream();

        service.exportWorkbook(created.id(), java.util.Locale.ENGLISH, out);

        try (var book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var names = new java.util.ArrayList<String>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).contains("Results", "Results (expected)", "KPIs", "Risk", "Fan");
        }
    }

    @Test
    void restoring_an_old_version_makes_it_the_newest_and_keeps_the_versions_in_between() {
        signIn("anna", Role.PLANNER);
        Scenario first = TestScenarios.evCity(unique("Restore"));
        ScenarioDetail v1 = service.create(first, null);
        ScenarioDetail v2 =
                service.save(new ScenarioId(v1.id()), v1.version(), TestScenarios.withDiscountRate(first, 0.08), null);

        ScenarioDetail restored = service.restore(v1.id(), 1, "back to 3%");

        assertThat(restored.scenario()).isEqualTo(first);
        assertThat(restored.latestRevision()).isEqualTo(3);
        assertThat(restored.npv()).isEqualTo(v1.npv());
        assertThat(service.versions(v1.id()))
                .extracting(ScenarioVersionSummary::revision, ScenarioVersionSummary::kind, v -> v.restoredFrom())
                .containsExactly(
                        tuple(3, VersionKind.RESTORED, 1),
                        tuple(2, VersionKind.SAVED, null),
                        tuple(1, VersionKind.CREATED, null));
        assertThat(service.version(v1.id(), 2).scenario()).isEqualTo(v2.scenario());
    }

    @Test
    void the_diff_of_two_versions_names_each_changed_input_with_old_and_new_value() {
        signIn("anna", Role.PLANNER);
        Scenario first = TestScenarios.evCity(unique("Diff"));
        ScenarioDetail v1 = service.create(first, null);
        service.save(new ScenarioId(v1.id()), v1.version(), TestScenarios.withButForShare(first, "EQ1", 0.45), null);

        assertThat(service.diff(v1.id(), 1, 2))
                .extracting(
                        InputChange::kind, InputChange::item, InputChange::field, c -> c.oldValue(), c -> c.newValue())
                .containsExactly(tuple(ItemKind.INCENTIVE, "EQ1", "butForShare", 0.3, 0.45));
        assertThat(service.diff(v1.id(), 2, 1))
                .extracting(c -> c.oldValue(), c -> c.newValue())
                .containsExactly(tuple(0.45, 0.3));
    }

    @Test
    void
            the_second_of_two_planners_saving_the_same_state_gets_a_conflict_naming_who_changed_what_and_nothing_is_lost() {
        signIn("anna", Role.PLANNER);
        Scenario loaded = TestScenarios.evCity(unique("Conflict"));
        ScenarioDetail start = service.create(loaded, null);

        signIn("bo", Role.PLANNER);
        service.save(
                new ScenarioId(start.id()),
                start.version(),
                TestScenarios.withButForShare(loaded, "JS1", 0.9),
                "bo's view");

        signIn("anna", Role.PLANNER);
        Scenario annasEdit = TestScenarios.withDiscountRate(loaded, 0.06);
        ScenarioConflictException conflict = catchThrowableOfType(
                ScenarioConflictException.class,
                () -> service.save(new ScenarioId(start.id()), start.version(), annasEdit, "anna's view"));

        assertThat(conflict.current().updatedBy()).isEqualTo("bo");
        assertThat(conflict.newerVersions())
                .extracting(ScenarioVersionSummary::author, v -> v.comment())
                .containsExactly(tuple("bo", "bo's view"));
        assertThat(conflict.theirChanges())
                .extracting(InputChange::item, InputChange::field, c -> c.oldValue(), c -> c.newValue())
                .containsExactly(tuple("JS1", "butForShare", 0.2, 0.9));
        assertThat(service.get(start.id()).latestRevision()).isEqualTo(2);

        ScenarioDetail copy = service.saveAsCopy(start.id(), annasEdit, "anna's view");
        assertThat(copy.id()).isNotEqualTo(start.id());
        assertThat(copy.scenario()).isEqualTo(annasEdit);
        assertThat(copy.copiedFrom()).isEqualTo(start.id());
        assertThat(copy.owner()).isEqualTo("anna");
        assertThat(service.get(start.id()).scenario())
                .isEqualTo(conflict.current().scenario());
    }

    @Test
    void a_status_change_by_somebody_else_is_no_conflict_for_a_save() {
        signIn("anna", Role.PLANNER);
        Scenario loaded = TestScenarios.evCity(unique("Status"));
        ScenarioDetail start = service.create(loaded, null);
        signIn("bo", Role.PLANNER);
        service.archive(start.id());
        service.unarchive(start.id());

        signIn("anna", Role.PLANNER);
        ScenarioDetail saved = service.save(
                new ScenarioId(start.id()), start.version(), TestScenarios.withDiscountRate(loaded, 0.05), null);

        assertThat(saved.latestRevision()).isEqualTo(2);
        assertThat(saved.status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(saved.version()).isGreaterThan(start.version() + 2);
    }

    @Test
    void a_viewer_reads_everything_but_may_not_create_save_or_delete() {
        signIn("anna", Role.PLANNER);
        ScenarioDetail existing = service.create(TestScenarios.evCity(unique("Viewer")), null);

        signIn("vic", Role.VIEWER);
        assertThat(service.get(existing.id()).name()).isEqualTo(existing.name());
        assertThat(service.versions(existing.id())).hasSize(1);
        assertThat(service.canEdit(existing.id())).isFalse();
        assertThat(service.canCreate()).isFalse();
        assertThat(service.canChangeStatuses()).isFalse();
        assertThatThrownBy(() -> service.create(existing.scenario(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        service.save(new ScenarioId(existing.id()), existing.version(), existing.scenario(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(existing.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.archive(existing.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_reads_nothing() {
        assertThatThrownBy(() -> service.count(ScenarioQuery.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void staff_add_versions_to_their_own_scenarios_only_and_may_not_archive() {
        signIn("sam", Role.STAFF);
        ScenarioDetail own = service.create(TestScenarios.evCity(unique("Staff own")), "uploaded");
        ScenarioDetail saved = service.save(
                new ScenarioId(own.id()), own.version(), TestScenarios.withDiscountRate(own.scenario(), 0.04), null);
        assertThat(saved.latestRevision()).isEqualTo(2);
        assertThatThrownBy(() -> service.archive(own.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(service.canChangeStatuses()).isFalse();

        signIn("anna", Role.PLANNER);
        assertThat(service.canChangeStatuses()).isTrue();
        ScenarioDetail annas = service.create(TestScenarios.evCity(unique("Planner's")), null);

        signIn("sam", Role.STAFF);
        assertThat(service.canEdit(annas.id())).isFalse();
        assertThat(service.canEdit(own.id())).isTrue();
        assertThatThrownBy(() -> service.save(new ScenarioId(annas.id()), annas.version(), annas.scenario(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_archived_scenario_cannot_be_changed_until_it_is_brought_back() {
        signIn("anna", Role.ADMIN);
        ScenarioDetail created = service.create(TestScenarios.evCity(unique("Archive")), null);
        ScenarioDetail archived = service.archive(created.id());

        assertThat(archived.status()).isEqualTo(ScenarioStatus.ARCHIVED);
        assertThat(service.canEdit(created.id())).isFalse();
        assertThatThrownBy(
                        () -> service.save(new ScenarioId(created.id()), archived.version(), created.scenario(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rename(new ScenarioId(created.id()), archived.version(), "Other"))
                .isInstanceOf(AccessDeniedException.class);

        ScenarioDetail back = service.unarchive(created.id());
        assertThat(back.status()).isEqualTo(ScenarioStatus.DRAFT);
        assertThat(service.rename(new ScenarioId(created.id()), back.version(), "Back again")
                        .name())
                .isEqualTo("Back again");
    }

    @Test
    void only_drafts_can_be_deleted_and_deleting_removes_the_versions_too() {
        signIn("anna", Role.PLANNER);
        ScenarioDetail draft = service.create(TestScenarios.evCity(unique("Delete")), null);
        ScenarioDetail fin = service.create(TestScenarios.evCity(unique("Final")), null);
        service.archive(fin.id());

        assertThat(service.canDelete(fin.id())).isFalse();
        assertThatThrownBy(() -> service.delete(fin.id())).isInstanceOf(AccessDeniedException.class);
        service.delete(draft.id());

        assertThat(service.find(draft.id())).isEmpty();
        assertThatThrownBy(() -> service.version(draft.id(), 1)).isInstanceOf(ScenarioNotFoundException.class);
        assertThat(service.find(fin.id())).isPresent();
    }

    @Test
    void rename_and_duplicate_keep_the_content_and_the_duplicate_belongs_to_whoever_made_it() {
        signIn("anna", Role.PLANNER);
        ScenarioDetail original = service.create(TestScenarios.evCity(unique("Original")), null);
        ScenarioDetail renamed =
                service.rename(new ScenarioId(original.id()), original.version(), "  Renamed " + original.id());

        signIn("bo", Role.PLANNER);
        ScenarioDetail copy = service.duplicate(original.id(), "Copy of " + original.id());

        assertThat(renamed.name()).isEqualTo("Renamed " + original.id());
        assertThat(renamed.latestRevision()).isEqualTo(2);
        assertThat(service.versions(original.id()).getFirst().kind()).isEqualTo(VersionKind.RENAMED);
        assertThat(copy.owner()).isEqualTo("bo");
        assertThat(copy.scenario().incentives()).isEqualTo(original.scenario().incentives());
        assertThat(service.versions(copy.id()))
                .extracting(ScenarioVersionSummary::kind)
                .containsExactly(VersionKind.COPIED);
    }

    @Test
    void the_list_filters_by_text_status_and_owner_pages_and_sorts() {
        String tag = unique("List");
        signIn("anna", Role.PLANNER);
        ScenarioDetail a = service.create(TestScenarios.evCity(tag + " alpha"), null);
        ScenarioDetail b = service.create(TestScenarios.evCity(tag + " beta"), null);
        signIn("bo", Role.PLANNER);
        ScenarioDetail c = service.create(TestScenarios.evCity(tag + " gamma"), null);
        service.archive(c.id());

        var byText = new ScenarioQuery(tag.toUpperCase(java.util.Locale.ROOT), java.util.Set.of(), null);
        assertThat(service.count(byText)).isEqualTo(3);
        assertThat(service.list(byText, PageRequest.of(0, 2, Sort.by("name").descending())))
                .extracting(ScenarioSummary::id)
                .containsExactly(c.id(), b.id());
        assertThat(service.list(byText, PageRequest.of(1, 2, Sort.by("name").descending())))
                .extracting(ScenarioSummary::id)
                .containsExactly(a.id());
        assertThat(service.list(
                        new ScenarioQuery(tag, ScenarioQuery.ACTIVE, null), PageRequest.of(0, 10, Sort.by("name"))))
                .extracting(ScenarioSummary::id)
                .containsExactly(a.id(), b.id());
        assertThat(service.list(new ScenarioQuery(tag, java.util.Set.of(), "ANNA"), PageRequest.of(0, 10)))
                .extracting(ScenarioSummary::owner)
                .containsOnly("anna")
                .hasSize(2);
        assertThat(service.list(byText, PageRequest.of(0, 10, Sort.by("password"))))
                .as("an unknown sort property is ignored")
                .hasSize(3);
        assertThat(service.owners()).contains("anna", "bo");
        assertThat(service.getAll(List.of(c.id(), -1L, a.id())))
                .extracting(ScenarioDetail::id)
                .containsExactly(c.id(), a.id());
    }

    @Test
    void in_demo_mode_the_first_start_adds_the_domains_samples_owned_by_the_planner() {
        signIn("vic", Role.VIEWER);
        var samples = org.workbench.domain.SampleScenarios.all();

        List<ScenarioSummary> planners =
                service.list(new ScenarioQuery(null, java.util.Set.of(), "planner"), PageRequest.of(0, 100));

        for (var sample : samples) {
            assertThat(planners)
                    .filteredOn(
                            s -> s.name().equals(sample.scenario().settings().name()))
                    // Other tests may add a copy under the same name; the seeded one is among them.
                    .anySatisfy(s -> assertThat(s.npv())
                            .isEqualTo(ProjectionEngine.project(sample.scenario())
                                    .kpi(Kpi.NPV)
                                    .getAsDouble()));
        }
    }

    @Test
    void a_user_who_owns_a_scenario_keeps_the_account() {
        signIn("olga", Role.PLANNER);
        service.create(TestScenarios.evCity(unique("Owned")), null);

        assertThat(ownershipChecks).anyMatch(check -> check.ownsSomething(0, "OLGA"));
        assertThat(ownershipChecks).noneMatch(check -> check.ownsSomething(0, "nobody-" + UUID.randomUUID()));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
