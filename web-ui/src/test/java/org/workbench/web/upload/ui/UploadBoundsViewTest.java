package org.workbench.web.upload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.scenario.TestScenarios;
import org.workbench.web.upload.ReceivedFile;
import org.workbench.web.upload.UploadFiles;
import org.workbench.web.upload.UploadService;

/** What the upload view says when the reading queue is full and when the user's storage is. */
@SpringBootTest(
        properties = {
            "workbench.upload.parse-threads=1",
            "workbench.upload.max-queued=1",
            "workbench.upload.max-bytes-per-user=" + UploadBoundsViewTest.CAP
        })
@ActiveProfiles("test")
@WithMockUser(username = "bounded-stella", roles = "STAFF")
class UploadBoundsViewTest extends SpringBrowserlessTest {
    static final int CAP = 40_000;

    @Autowired
    UploadService service;

    @Test
    void a_file_arriving_while_the_queue_is_full_is_refused_as_busy_and_not_kept() throws Exception {
        UploadView view = navigate(UploadView.class);
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        var busy = service.inBackground(() -> {
            started.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        var queued = service.inBackground(() -> "queued");
        ReceivedFile file = receive(UploadFiles.valid(TestScenarios.evCity(unique("Busy"))), "busy.xlsx");
        try {
            view.fileReceived(file);
        } finally {
            release.countDown();
        }
        busy.get(10, TimeUnit.SECONDS);
        queued.get(10, TimeUnit.SECONDS);

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Too many files are being read"));
        assertThat(file.path()).doesNotExist();
        assertThat(view.reading).isNull();
    }

    @Test
    void a_commit_that_would_go_over_the_cap_says_how_much_is_used_and_the_limit() throws Exception {
        UploadView view = navigate(UploadView.class);
        // Two files that each fit but not together: the first is stored, then the second is committed in the view.
        byte[] first = UploadFiles.valid(TestScenarios.evCity(unique("First")));
        byte[] second = UploadFiles.valid(TestScenarios.evCity(unique("Second")));
        long room = CAP;
        while (room - first.length - second.length >= 0) {
            byte[] filler = UploadFiles.valid(TestScenarios.evCity(unique("Filler")));
            if (room - filler.length < Math.max(first.length, second.length)) {
                break;
            }
            service.commitAsNew(preview(filler), null, false);
            room -= filler.length;
        }
        var firstPreview = preview(first);
        view.fileReceived(receive(second, "second.xlsx"));
        waitUntil(() -> view.reading == null);
        service.commitAsNew(firstPreview, null, false);
        long used = CAP - room + first.length;

        test(view.commitForm.commit).click();
        waitUntil(() -> !notifications().isEmpty());

        String usedMb = String.format(java.util.Locale.ENGLISH, "%.2f", used / 1048576.0);
        assertThat(notifications())
                .anySatisfy(text -> assertThat(text)
                        .contains("take " + usedMb + " MB", "limit per user is 0.04 MB", "nothing was stored"));
    }

    private org.workbench.web.upload.UploadPreview preview(byte[] bytes) throws Exception {
        return service.preview(receive(bytes, "x.xlsx"), rows -> {}).get(30, TimeUnit.SECONDS);
    }

    private ReceivedFile receive(byte[] bytes, String name) throws Exception {
        return service.receive(new ByteArrayInputStream(bytes), name);
    }

    private List<String> notifications() {
        MockVaadin.runUIQueue();
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    private static void waitUntil(BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the view did not get there in time");
            }
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
