package org.workbench.web.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.workbench.web.TestUsers.signIn;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.workbench.web.MutableClock;
import org.workbench.web.MutableClockConfig;
import org.workbench.web.account.Role;
import org.workbench.web.scenario.TestScenarios;

/** The bounds on uploads: a busy queue refuses, rejected originals expire, and each user's storage is capped. */
@SpringBootTest(
        properties = {
            "workbench.upload.parse-threads=1",
            "workbench.upload.max-queued=1",
            "workbench.upload.rejected-retention=30d",
            "workbench.upload.max-bytes-per-user=" + UploadQuotaTest.CAP
        })
@ActiveProfiles("test")
@Import(MutableClockConfig.class)
class UploadQuotaTest {
    static final int CAP = 40_000;

    @Autowired
    UploadService uploads;

    @Autowired
    UploadProperties properties;

    @Autowired
    RejectedOriginalsCleanup cleanup;

    @Autowired
    MutableClock clock;

    @Autowired
    I18NProvider i18n;

    @MockitoSpyBean
    UploadStore store;

    /** When set, each commit waits at {@link #bothStoring} before keeping its file, to let a rival catch up. */
    private final AtomicBoolean holdCommits = new AtomicBoolean();

    private final CountDownLatch bothStoring = new CountDownLatch(2);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_upload_is_refused_while_the_reading_queue_is_full_and_its_temporary_file_is_deleted() throws Exception {
        signIn(unique("queue"), Role.STAFF);
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        // The one thread is busy and the one place in the queue taken.
        var busy = uploads.inBackground(() -> {
            started.countDown();
            return await(release);
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        var queued = uploads.inBackground(() -> "queued");
        ReceivedFile file = uploads.receive(
                new ByteArrayInputStream(UploadFiles.valid(TestScenarios.evCity(unique("Queue")))), "q.xlsx");
        try {
            assertThatThrownBy(() -> uploads.preview(file, rows -> {})).isInstanceOf(UploadQueueFullException.class);
            assertThat(file.path()).doesNotExist();
            assertThatThrownBy(() -> uploads.inBackground(() -> "more")).isInstanceOf(UploadQueueFullException.class);
        } finally {
            release.countDown();
        }
        assertThat(busy.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
        // Once the queue has room again, uploads are read as before.
        assertThat(previewOf(UploadFiles.valid(TestScenarios.evCity(unique("After"))), "after.xlsx")
                        .canCommit())
                .isTrue();
    }

    @Test
    void the_clean_up_removes_old_rejected_originals_and_keeps_recent_ones_and_committed_ones() throws Exception {
        signIn(unique("keeper"), Role.STAFF);
        byte[] oldBytes = UploadFiles.withErrors(TestScenarios.evCity(unique("Old")));
        byte[] twiceBytes = UploadFiles.withErrors(TestScenarios.evCity(unique("Twice")));
        UploadHistoryEntry old = rejectionOf(oldBytes, "old.xlsx");
        UploadHistoryEntry twiceOld = rejectionOf(twiceBytes, "twice.xlsx");
        CommitResult committed = uploads.commitAsNew(
                previewOf(UploadFiles.valid(TestScenarios.evCity(unique("Kept"))), "kept.xlsx"), null, false);
        clock.advance(Duration.ofDays(31));
        UploadHistoryEntry recent =
                rejectionOf(UploadFiles.withErrors(TestScenarios.evCity(unique("Recent"))), "recent.xlsx");
        UploadHistoryEntry twiceRecent = rejectionOf(twiceBytes, "twice-again.xlsx");

        cleanup.removeExpired();

        assertThat(store.original(old.sha256())).isEmpty();
        assertThat(uploads.original(old.id())).isEmpty();
        assertThat(entry(old.id()).canDownload()).isFalse();
        assertThat(entry(old.id()).originalRemovedAt()).isEqualTo(clock.instant());
        // The same bytes rejected again lately: the old entry's original is gone, the file stays for the new one.
        assertThat(uploads.original(twiceOld.id())).isEmpty();
        assertThat(uploads.original(twiceRecent.id())).isPresent();
        assertThat(uploads.original(recent.id())).isPresent();
        assertThat(entry(recent.id()).canDownload()).isTrue();
        assertThat(uploads.original(committed.uploadId())).isPresent();

        clock.advance(Duration.ofDays(365));
        cleanup.removeExpired();
        assertThat(uploads.original(committed.uploadId())).isPresent();
        assertThat(uploads.original(recent.id())).isEmpty();
        assertThat(store.original(twiceRecent.sha256())).isEmpty();
    }

    @Test
    void an_upload_that_would_take_its_user_over_the_storage_cap_is_refused_saying_how_much_is_used_and_the_limit()
            throws Exception {
        signIn(unique("filler"), Role.STAFF);
        long used = 0;
        UploadQuotaExceededException refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            byte[] bytes = UploadFiles.valid(TestScenarios.evCity(unique("Fill")));
            long waiting = temporaryFiles();
            try {
                UploadPreview preview = previewOf(bytes, "fill.xlsx");
                uploads.commitAsNew(preview, null, false);
                uploads.discard(preview.file());
                used += bytes.length;
            } catch (UploadQuotaExceededException full) {
                refused = full;
                assertThat(used + bytes.length).isGreaterThan(CAP);
                assertThat(temporaryFiles()).isEqualTo(waiting);
            }
        }
        assertThat(refused).isNotNull();
        assertThat(used).isLessThanOrEqualTo(CAP).isPositive();
        assertThat(refused.usedBytes()).isEqualTo(used);
        assertThat(refused.limitBytes()).isEqualTo(CAP);
        String en = i18n.getTranslation("upload.refused.quota", Locale.ENGLISH, "0.1", "0.2");
        String zh = i18n.getTranslation("upload.refused.quota", Locale.SIMPLIFIED_CHINESE, "0.1", "0.2");
        assertThat(en).contains("0.1 MB", "0.2 MB", "nothing was stored");
        assertThat(zh).contains("0.1 MB", "0.2 MB", "未保存任何内容");
    }

    @Test
    void two_uploads_at_once_by_one_user_cannot_both_pass_the_cap() throws Exception {
        String user = unique("racer");
        signIn(user, Role.STAFF);
        // Fill the user's storage until only one of the two racing files still fits.
        UploadPreview first = previewOf(UploadFiles.valid(TestScenarios.evCity(unique("RaceA"))), "a.xlsx");
        UploadPreview second = previewOf(UploadFiles.valid(TestScenarios.evCity(unique("RaceB"))), "b.xlsx");
        long room = CAP;
        while (room >= first.file().size() + second.file().size()) {
            byte[] filler = UploadFiles.valid(TestScenarios.evCity(unique("Filler")));
            if (room - filler.length
                    < Math.max(first.file().size(), second.file().size())) {
                break;
            }
            uploads.commitAsNew(previewOf(filler, "filler.xlsx"), null, false);
            room -= filler.length;
        }
        assertThat(room)
                .isGreaterThanOrEqualTo(
                        Math.max(first.file().size(), second.file().size()));
        assertThat(room).isLessThan(first.file().size() + second.file().size());
        doAnswer(call -> {
                    if (holdCommits.get()) {
                        bothStoring.countDown();
                        // Without a lock both commits get here; with one the rival waits until this one is done.
                        bothStoring.await(700, TimeUnit.MILLISECONDS);
                    }
                    return call.callRealMethod();
                })
                .when(store)
                .keep(any());
        holdCommits.set(true);
        var context = SecurityContextHolder.getContext();
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (UploadPreview preview : List.of(first, second)) {
                results.add(racers.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    try {
                        uploads.commitAsNew(preview, null, false);
                        return true;
                    } catch (UploadQuotaExceededException full) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            long passed = 0;
            for (Future<Boolean> result : results) {
                if (result.get(30, TimeUnit.SECONDS)) {
                    passed++;
                }
            }
            assertThat(passed).isEqualTo(1);
        } finally {
            holdCommits.set(false);
            racers.shutdownNow();
        }
    }

    private UploadHistoryEntry entry(long id) {
        return uploads.history().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private UploadHistoryEntry rejectionOf(byte[] bytes, String name) throws Exception {
        UploadPreview preview = previewOf(bytes, name);
        assertThat(preview.canCommit()).isFalse();
        return java.util.Objects.requireNonNull(preview.rejection());
    }

    private UploadPreview previewOf(byte[] bytes, String name) throws Exception {
        ReceivedFile file = uploads.receive(new ByteArrayInputStream(bytes), name);
        return uploads.preview(file, rows -> {}).get(30, TimeUnit.SECONDS);
    }

    private long temporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(properties.temp())) {
            return files.count();
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
