package org.workbench.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Vaadin's upload: the component's target URL (a dynamic resource of this UI) receives the file's bytes; the app
 * reads the file on its own threads and pushes the preview. This client keeps no websocket, so it asks with empty
 * UIDL messages until the pushed change has arrived (bounded: a preview that never comes is an error).
 */
final class Upload {
    private static final int POLLS = 60;
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    /** The English text of the app's refusal of a file imported before (upload.duplicate.refused). */
    private static final String DUPLICATE = "This file was imported before.";

    /** Commits refused because a racing upload of the same file was stored first. */
    static final AtomicInteger DUPLICATES_REFUSED = new AtomicInteger();

    private Upload() {}

    static ChainBuilder send() {
        return exec(Actions.timed(
                "upload workbook",
                http("upload workbook")
                        .post(session -> "/"
                                + Vaadin.ui(session)
                                        .attribute("workbook-upload", "target")
                                        .or(() -> Vaadin.ui(session).property("workbook-upload", "target"))
                                        .orElseThrow(() -> new IllegalStateException("the upload has no target")))
                        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .header("X-Filename", "load-test.xlsx")
                        .body(CoreDsl.ByteArrayBody("#{workbook}"))
                        .check(status().is(200))));
    }

    /**
     * The commit's outcome: stored, or refused because another staff member's upload of the same file (the export of
     * the same sample) was stored between this one's preview and its commit. The app says so and stores nothing,
     * which is right; anything else fails the run.
     */
    static ChainBuilder awaitCommitted() {
        return pollUntil(ui -> ui.has("upload-done") || ui.mentions(DUPLICATE))
                .exec(Vaadin.uidl("upload committed", (ui, session) -> ui.nothing(), (ui, session) -> {
                    if (ui.has("upload-done")) {
                        return Vaadin.OK;
                    }
                    if (ui.mentions(DUPLICATE)) {
                        DUPLICATES_REFUSED.incrementAndGet();
                        return Vaadin.OK;
                    }
                    return "no component with id 'upload-done' after the commit, nor a duplicate's refusal";
                }));
    }

    /** Polls until the component with this id is in the UI, then one last round trip that must show it. */
    static ChainBuilder awaitShown(String action, String componentId) {
        return pollUntil(ui -> ui.has(componentId))
                .exec(Vaadin.uidl(action, (ui, session) -> ui.nothing(), Vaadin.showing(componentId)));
    }

    // What the app pushes comes with the next answer: this client keeps no websocket, so it asks with empty messages.
    private static ChainBuilder pollUntil(Predicate<VaadinUi> ended) {
        return exec(session -> session.set("polls", 0))
                .exec(asLongAs(session -> !ended.test(Vaadin.ui(session)) && session.getInt("polls") < POLLS)
                        .on(exec(session -> session.set("polls", session.getInt("polls") + 1))
                                .pause(POLL_EVERY)
                                .exec(Vaadin.uidl(
                                        "upload: wait for the push",
                                        (ui, session) -> ui.nothing(),
                                        Vaadin.anything()))));
    }
}
