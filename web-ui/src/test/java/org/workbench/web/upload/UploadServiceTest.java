package org.workbench.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.workbench.web.TestUsers.signIn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.workbench.domain.Scenario;
import org.workbench.web.account.Role;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.scenario.ScenarioQuery;
import org.workbench.web.scenario.ScenarioService;
import org.workbench.web.scenario.TestScenarios;

@SpringBootTest
@ActiveProfiles("test")
class UploadServiceTest {

    @Autowired
    UploadService uploads;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    UploadProperties properties;

    @MockitoSpyBean
    UploadStore store;

    @MockitoSpyBean
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_valid_workbook_becomes_a_new_scenario_with_its_history_entry_and_the_original_kept() throws Exception {
        signIn("stella", Role.STAFF);
        Scenario scenario = TestScenarios.evCity(unique("Upload"));

        byte[] bytes = UploadFiles.valid(scenario);
        UploadPreview preview = previewOf(bytes, "ev-city.xlsx");
        assertThat(preview.canCommit()).isTrue();
        assertThat(preview.scenario()).contains(scenario);
        assertThat(preview.projection()).isNotNull();
        assertThat(preview.earlier()).isEmpty();

        CommitResult result = uploads.commitAsNew(preview, "from the district", false);

        var stored = scenarios.get(result.scenarioId());
        assertThat(stored.scenario()).isEqualTo(scenario);
        assertThat(stored.owner()).isEqualTo("stella");
        assertThat(scenarios.versions(result.scenarioId()).getFirst().comment())
                .isEqualTo("ev-city.xlsx — from the district");
        assertThat(uploads.history())
                .filteredOn(e -> e.id() == result.uploadId())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(UploadOutcome.COMMITTED);
                    assertThat(e.scenarioId()).isEqualTo(result.scenarioId());
                    assertThat(e.scenarioRevision()).isEqualTo(1);
                    assertThat(e.uploadedBy()).isEqualTo("stella");
                    assertThat(e.sha256()).isEqualTo(preview.file().sha256()).hasSize(64);
                    assertThat(e.canDownload()).isTrue();
                });
        var original = uploads.original(result.uploadId()).orElseThrow();
        assertThat(Files.readAllBytes(original.path())).isEqualTo(bytes);
        verify(auditTrail).record(eq(AuditAction.FILE_IMPORTED), eq("upload:" + result.uploadId()), anyMap());
        uploads.discard(preview.file());
        assertThat(preview.file().path()).doesNotExist();
    }

    @Test
    void a_failure_in_the_middle_of_a_commit_leaves_no_scenario_no_history_entry_and_no_kept_file() throws Exception {
        signIn("stella", Role.STAFF);
        UploadPreview preview = previewOf(UploadFiles.valid(TestScenarios.evCity(unique("Atomic"))), "atomic.xlsx");
        long scenariosBefore = scenarios.count(ScenarioQuery.all());
        int historyBefore = uploads.history().size();
        // The scenario and the history row are written by then: the failure must take both back.
        doThrow(new IllegalStateException("disk full")).when(store).keep(any());

        assertThatThrownBy(() -> uploads.commitAsNew(preview, null, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("disk full");

        assertThat(scenarios.count(ScenarioQuery.all())).isEqualTo(scenariosBefore);
        assertThat(uploads.history()).hasSize(historyBefore);
        assertThat(store.original(preview.file().sha256())).isEmpty();
        reset(store);
    }

    @Test
    void a_kept_file_written_by_a_commit_that_then_fails_is_deleted_again() throws Exception {
        signIn("stella", Role.STAFF);
        UploadPreview preview = previewOf(UploadFiles.valid(TestScenarios.evCity(unique("Rollback"))), "rollback.xlsx");
        long scenariosBefore = scenarios.count(ScenarioQuery.all());
        // Fails after the original has been copied into storage, as the last step of the transaction.
        doThrow(new IllegalStateException("audit down"))
                .when(auditTrail)
                .record(eq(AuditAction.FILE_IMPORTED), startsWith("upload:"), anyMap());

        assertThatThrownBy(() -> uploads.commitAsNew(preview, null, false)).hasMessage("audit down");

        assertThat(scenarios.count(ScenarioQuery.all())).isEqualTo(scenariosBefore);
        assertThat(store.original(preview.file().sha256())).isEmpty();
        reset(auditTrail);
    }

    @Test
    void the_same_file_uploaded_again_is_recognised_and_not_imported_twice_unless_asked() throws Exception {
        signIn("stella", Role.STAFF);
        byte[] bytes = UploadFiles.valid(TestScenarios.evCity(unique("Twice")));
        CommitResult first = uploads.commitAsNew(previewOf(bytes, "twice.xlsx"), null, false);

        UploadPreview again = previewOf(bytes, "twice-renamed.xlsx");
        assertThat(again.earlierCommits()).singleElement().satisfies(e -> {
            assertThat(e.scenarioId()).isEqualTo(first.scenarioId());
            assertThat(e.scenarioRevision()).isEqualTo(1);
            assertThat(e.fileName()).isEqualTo("twice.xlsx");
        });
        long scenariosBefore = scenarios.count(ScenarioQuery.all());

        assertThatThrownBy(() -> uploads.commitAsNew(again, null, false))
                .isInstanceOfSatisfying(
                        AlreadyImportedException.class,
                        e -> assertThat(e.earlier())
                                .extracting(UploadHistoryEntry::scenarioId)
                                .containsExactly(first.scenarioId()));
        assertThat(scenarios.count(ScenarioQuery.all())).isEqualTo(scenariosBefore);

        CommitResult second = uploads.commitAsNew(again, null, true);
        assertThat(second.scenarioId()).isNotEqualTo(first.scenarioId());
        assertThat(scenarios.count(ScenarioQuery.all())).isEqualTo(scenariosBefore + 1);
    }

    @Test
    void a_file_can_become_the_next_version_of_a_scenario_the_user_may_edit() throws Exception {
        signIn("stella", Role.STAFF);
        Scenario original = TestScenarios.evCity(unique("Versioned"));
        var created = scenarios.create(original, null);
        assertThat(uploads.targets()).extracting(s -> s.id()).contains(created.id());
        Scenario changed = TestScenarios.withButForShare(original, "EQ1", 0.5);

        CommitResult result = uploads.commitAsVersion(
                previewOf(UploadFiles.valid(changed), "v2.xlsx"), created.id(), created.version(), null, false);

        assertThat(result.revision()).isEqualTo(2);
        assertThat(scenarios.get(created.id()).scenario()).isEqualTo(changed);
        assertThat(scenarios.versions(created.id()).getFirst().comment()).isEqualTo("v2.xlsx");

        signIn("other", Role.STAFF);
        assertThat(uploads.targets()).extracting(s -> s.id()).doesNotContain(created.id());
    }

    @Test
    void a_file_with_errors_stores_nothing_but_its_history_entry_and_cannot_be_committed() throws Exception {
        signIn("stella", Role.STAFF);
        long scenariosBefore = scenarios.count(ScenarioQuery.all());

        UploadPreview preview =
                previewOf(UploadFiles.withErrors(TestScenarios.evCity(unique("Broken"))), "broken.xlsx");

        assertThat(preview.canCommit()).isFalse();
        assertThat(preview.projection()).isNull();
        assertThat(preview.problems())
                .filteredOn(p -> p.isError())
                .extracting(p -> p.location())
                .contains("Incentives!J2", "Incentives!E2");
        assertThat(preview.rejection()).isNotNull();
        assertThat(preview.rejection().outcome()).isEqualTo(UploadOutcome.REJECTED);
        assertThat(preview.rejection().errorCount())
                .isEqualTo(preview.errorCount())
                .isGreaterThanOrEqualTo(2);
        assertThat(uploads.history())
                .extracting(UploadHistoryEntry::id)
                .contains(preview.rejection().id());
        assertThat(preview.file().path()).doesNotExist();
        assertThat(uploads.original(preview.rejection().id())).isPresent();
        assertThat(scenarios.count(ScenarioQuery.all())).isEqualTo(scenariosBefore);
        verify(auditTrail)
                .record(
                        eq(AuditAction.FILE_REJECTED),
                        eq("upload:" + preview.rejection().id()),
                        anyMap());
        verify(auditTrail, never()).record(eq(AuditAction.FILE_IMPORTED), any(), anyMap());

        assertThatThrownBy(() -> uploads.commitAsNew(preview, null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(scenarios.count(ScenarioQuery.all())).isEqualTo(scenariosBefore);
    }

    @Test
    void a_zip_bomb_and_a_renamed_pdf_are_refused_by_their_content() throws Exception {
        signIn("stella", Role.STAFF);

        UploadPreview bomb = previewOf(UploadFiles.zipBomb(), "bomb.xlsx");
        UploadPreview pdf = previewOf(UploadFiles.pdf(), "report.xlsx");

        assertThat(bomb.problems()).extracting(p -> p.messageKey()).containsExactly("problem.file.zipBomb");
        assertThat(pdf.problems()).extracting(p -> p.messageKey()).containsExactly("problem.file.mismatch");
        assertThat(bomb.canCommit()).isFalse();
        assertThat(pdf.canCommit()).isFalse();
    }

    @Test
    void a_file_over_the_size_limit_is_refused_while_it_arrives_and_leaves_no_temporary_file() throws IOException {
        signIn("stella", Role.STAFF);
        long max = properties.maxBytes();
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ < max + 10 ? 'x' : -1;
            }
        };
        try (Stream<Path> before = Files.list(properties.temp())) {
            long waiting = before.count();
            assertThatThrownBy(() -> uploads.receive(endless, "huge.csv")).isInstanceOf(FileTooLargeException.class);
            try (Stream<Path> after = Files.list(properties.temp())) {
                assertThat(after.count()).isEqualTo(waiting);
            }
        }
    }

    @Test
    void only_the_uploader_planners_and_admins_may_download_an_original() throws Exception {
        signIn("stella", Role.STAFF);
        CommitResult result = uploads.commitAsNew(
                previewOf(UploadFiles.valid(TestScenarios.evCity(unique("Mine"))), "mine.xlsx"), null, false);

        signIn("sam", Role.STAFF);
        assertThat(uploads.history())
                .filteredOn(e -> e.id() == result.uploadId())
                .singleElement()
                .extracting(UploadHistoryEntry::canDownload)
                .isEqualTo(false);
        assertThatThrownBy(() -> uploads.original(result.uploadId())).isInstanceOf(AccessDeniedException.class);

        signIn("paula", Role.PLANNER);
        assertThat(uploads.original(result.uploadId())).isPresent();

        signIn("vic", Role.VIEWER);
        assertThatThrownBy(() -> uploads.history()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reading_can_be_cancelled() throws Exception {
        signIn("stella", Role.STAFF);
        ReceivedFile file = uploads.receive(
                new ByteArrayInputStream(UploadFiles.valid(TestScenarios.evCity(unique("Cancel")))), "c.xlsx");
        var future = uploads.preview(file, rows -> {});
        future.cancel(true);
        assertThat(future).isCancelled();
        uploads.discard(file);
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void rejections_read_on_the_upload_thread_and_commits_run_in_the_background_are_audited_with_the_client_address()
            throws Exception {
        signIn("stella", Role.STAFF);
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("10.7.7.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        CommitResult committed;
        UploadPreview rejected;
        try {
            rejected = previewOf(UploadFiles.withErrors(TestScenarios.evCity(unique("Bad"))), "bad.xlsx");
            UploadPreview good = previewOf(UploadFiles.valid(TestScenarios.evCity(unique("Good"))), "good.xlsx");
            committed = uploads.inBackground(() -> uploads.commitAsNew(good, null, false))
                    .get(60, TimeUnit.SECONDS);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        long rejectionId =
                java.util.Objects.requireNonNull(rejected.rejection()).id();
        assertThat(auditedAddress(AuditAction.FILE_REJECTED, "upload:" + rejectionId))
                .isEqualTo("10.7.7.7");
        assertThat(auditedAddress(AuditAction.FILE_IMPORTED, "upload:" + committed.uploadId()))
                .isEqualTo("10.7.7.7");
    }

    private @org.jspecify.annotations.Nullable String auditedAddress(AuditAction action, String target) {
        return jdbc.queryForObject(
                "select client_address from audit_event where action = ? and target = ?",
                String.class,
                action.name(),
                target);
    }

    private UploadPreview previewOf(byte[] bytes, String name) throws Exception {
        ReceivedFile file = uploads.receive(new ByteArrayInputStream(bytes), name);
        return uploads.preview(file, rows -> {}).get(30, TimeUnit.SECONDS);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
