package org.workbench.loadtest;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static org.workbench.loadtest.Vaadin.OK;
import static org.workbench.loadtest.Vaadin.showing;
import static org.workbench.loadtest.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The planners' and staff's actions, each one request named as the report shows it. Every answer is checked for
 * what the user would see: the list's editor links, the editor's fields and figures, a figure that changed after an
 * edit, a revision one above the one the edit started from after a save (else a lost update), the comparison's table.
 */
final class Journeys {
    static final String RATE_FIELD = "settings-discountRate";
    static final String FIGURE = "kpi-npv";
    static final String META = "editor-meta";

    /** Saves that succeeded on the scenario the rivals fight over, for the end-of-run count. */
    static final AtomicInteger RIVAL_SAVES = new AtomicInteger();

    static final AtomicInteger RIVAL_CONFLICTS = new AtomicInteger();

    private Journeys() {}

    /**
     * The three scenarios every virtual user works from, as the first list of the run showed them (the probe's, before
     * anyone else signs in). Read from each user's own list they drifted: once a few hundred copies are newer than the
     * samples, a later user's first page no longer shows them, and its "first sample" was another scenario (rivals
     * then saved elsewhere, and the lost-update check counted saves the contended scenario never had).
     */
    private static final AtomicReference<String> SAMPLES = new AtomicReference<>();

    /** The list, as the first page after signing in: it must link to at least three scenarios (the samples). */
    static ChainBuilder openList() {
        return Vaadin.load("list", "scenarios", (ui, session) -> {
            if (!ui.has("scenario-grid")) {
                return "no component with id 'scenario-grid'";
            }
            List<Long> ids = ui.editorLinks().stream().sorted().toList();
            if (ids.size() < 3) {
                return "the list links to " + ids.size() + " scenarios, expected the three samples";
            }
            ui.note(
                    "samples",
                    SAMPLES.updateAndGet(
                            first -> first != null ? first : ids.get(0) + "," + ids.get(1) + "," + ids.get(2)));
            return OK;
        });
    }

    static ChainBuilder backToList() {
        return exec(uidl("list", (ui, session) -> ui.navigate("scenarios", ""), showing("scenario-grid")));
    }

    static long sample(VaadinUi ui, int index) {
        return Long.parseLong(ui.noted("samples").split(",")[index]);
    }

    static ChainBuilder openEditor(BiFunction<VaadinUi, Session, Long> which) {
        return exec(uidl(
                "open editor",
                (ui, session) -> ui.navigate("scenarios/" + which.apply(ui, session), ""),
                (ui, session) -> {
                    String missing = showing(RATE_FIELD, FIGURE, META).apply(ui, session);
                    if (!missing.equals(OK)) {
                        return missing;
                    }
                    ui.note("opened-rate", ui.property(RATE_FIELD, "value").orElse(""));
                    return ui.text(FIGURE).isBlank() || ui.text(FIGURE).equals("—") ? "the editor shows no NPV" : OK;
                }));
    }

    /**
     * Types another discount rate and expects the NPV card to show a different figure in the same answer. The rate
     * is never the one the editor opened with either: edits that came back to it would leave nothing to save.
     */
    static ChainBuilder edit() {
        return exec(uidl(
                "edit value",
                (ui, session) -> {
                    ui.note("figure", ui.text(FIGURE));
                    // At least two points away, so that the NPV card (three significant digits) must show it.
                    double current = parses(ui.property(RATE_FIELD, "value").orElse(""));
                    double opened = parses(ui.noted("opened-rate"));
                    double next;
                    do {
                        next = (2 + ThreadLocalRandom.current().nextInt(11)) / 100.0;
                    } while (near(next, current) || near(next, opened));
                    return ui.typeInto(RATE_FIELD, String.format(Locale.ROOT, "%.2f", next));
                },
                (ui, session) -> {
                    String now = ui.text(FIGURE);
                    return now.equals(ui.noted("figure"))
                            ? "the NPV stayed " + now + " after the discount rate changed"
                            : OK;
                }));
    }

    private static boolean near(double rate, double other) {
        return !Double.isNaN(other) && Math.abs(rate - other) < 0.015;
    }

    // The editor shows a share as a percentage ("5%"); a new rate equal to the shown one would change nothing.
    private static double parses(String value) {
        String text = value.strip();
        try {
            return text.endsWith("%")
                    ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
                    : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A copy of the open scenario that only this user saves from then on (its id noted as "own"). */
    static ChainBuilder saveAsCopy() {
        return exec(uidl(
                "save as copy",
                (ui, session) -> ui.click("editor-save-copy"),
                (ui, session) -> ui.navigatedToEditor()
                        .map(id -> {
                            ui.note("own", String.valueOf(id));
                            return OK;
                        })
                        .orElse("saving a copy did not open the copy")));
    }

    // The revision the edits started from, then the click.
    private static tools.jackson.databind.node.ArrayNode clickSave(VaadinUi ui, Session session) {
        ui.note("revision", String.valueOf(ui.firstNumber(META)));
        return ui.click("editor-save");
    }

    /**
     * Save: the answer must show the revision after the one the edits started from. Anything else is a lost
     * update (another save in between went unnoticed) or a failed save.
     */
    static ChainBuilder save() {
        return exec(uidl("save", Journeys::clickSave, (ui, session) -> {
            int before = Integer.parseInt(ui.noted("revision"));
            if (conflictOpen(ui)) {
                return "a conflict on a scenario nobody else edits";
            }
            int after = ui.firstNumber(META);
            return after == before + 1 ? OK : "saved from revision " + before + " but shows " + after;
        }));
    }

    /**
     * A save on the scenario every rival edits: either it becomes the next revision, or the conflict dialog says
     * somebody was first, and the rival takes theirs. Never a silent overwrite.
     */
    static ChainBuilder rivalSave() {
        return exec(uidl("save (contended)", Journeys::clickSave, (ui, session) -> {
                    int before = Integer.parseInt(ui.noted("revision"));
                    if (conflictOpen(ui)) {
                        RIVAL_CONFLICTS.incrementAndGet();
                        ui.note("conflict", "yes");
                        return OK;
                    }
                    ui.note("conflict", "");
                    int after = ui.firstNumber(META);
                    if (after != before + 1) {
                        return "saved from revision " + before + " but shows " + after + ": a lost update";
                    }
                    RIVAL_SAVES.incrementAndGet();
                    return OK;
                }))
                .doIf(session -> !Vaadin.ui(session).noted("conflict").isEmpty())
                .then(exec(uidl(
                        "take theirs after a conflict",
                        (ui, session) -> ui.click("conflict-reload"),
                        (ui, session) -> ui.property("conflict-dialog", "opened")
                                .filter("true"::equals)
                                .map(open -> "the conflict dialog stayed open")
                                .orElse(OK))));
    }

    // A closed dialog stays in the state tree until the client has seen it close: it counts only while open.
    private static boolean conflictOpen(VaadinUi ui) {
        return ui.property("conflict-dialog", "opened").filter("true"::equals).isPresent();
    }

    static ChainBuilder compareSamples() {
        return exec(uidl(
                "compare three",
                (ui, session) -> {
                    String ids = ui.noted("samples");
                    return ui.navigate("compare", "ids=" + ids + "&base=" + ids.split(",")[0]);
                },
                showing("compare-kpis")));
    }

    /** The editor's "Export" link, then that file uploaded as a new scenario: preview, commit, confirmation. */
    static ChainBuilder exportAndUpload() {
        return exec(Actions.timed(
                        "export workbook",
                        http("export workbook")
                                .get(session -> "/"
                                        + Vaadin.ui(session)
                                                .attribute("editor-export", "href")
                                                .orElseThrow())
                                .check(status().is(200))
                                .check(io.gatling.javaapi.core.CoreDsl.bodyBytes()
                                        .saveAs("workbook"))))
                .exec(uidl("upload page", (ui, session) -> ui.navigate("upload", ""), showing("workbook-upload")))
                .exec(Upload.send())
                .exec(Upload.awaitShown("upload preview", "upload-commit"))
                .doIf(session -> Vaadin.ui(session).has("upload-again"))
                .then(exec(uidl("upload: import again", (ui, session) -> ui.check("upload-again"), Vaadin.anything())))
                .exec(uidl("upload commit", (ui, session) -> ui.click("upload-commit"), Vaadin.anything()))
                .exec(Upload.awaitCommitted());
    }

    /** The logout button: the session ends, and the answer says so (Vaadin's "session expired" to this UI). */
    static ChainBuilder signOut() {
        return exec(Actions.timed(
                "sign out",
                http("sign out")
                        .post(session ->
                                "/?v-r=uidl&v-uiId=" + Vaadin.ui(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody(session -> {
                            VaadinUi ui = Vaadin.ui(session);
                            return ui.message(ui.click("logout"));
                        }))
                        .check(status().is(200))
                        .check(io.gatling.javaapi.core.CoreDsl.bodyString()
                                .transform(body -> body.contains("sessionExpired") || body.contains("login")
                                        ? OK
                                        : "signing out went nowhere")
                                .is(OK))));
    }
}
