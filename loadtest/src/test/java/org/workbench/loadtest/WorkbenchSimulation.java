package org.workbench.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.workbench.loadtest.Journeys.backToList;
import static org.workbench.loadtest.Journeys.compareSamples;
import static org.workbench.loadtest.Journeys.edit;
import static org.workbench.loadtest.Journeys.openEditor;
import static org.workbench.loadtest.Journeys.openList;
import static org.workbench.loadtest.Journeys.sample;
import static org.workbench.loadtest.Journeys.save;
import static org.workbench.loadtest.Journeys.saveAsCopy;
import static org.workbench.loadtest.Journeys.signOut;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Planners at once: each signs in, opens the list, copies a sample into a scenario of their own, then for the
 * run's duration goes round list → editor → three edits (each reading the new NPV) → save → comparison of the three
 * samples, with a think time between actions; then signs out. A few staff export a workbook and upload it; a few
 * analysts change their copy, save it and run Monte Carlo on it from the Risk tab; a few rivals edit one shared
 * scenario to prove that concurrent saves conflict rather than overwrite.
 *
 * <p>System properties (loadtest/run.sh sets them): {@code loadtest.baseUrl}, {@code loadtest.users} (planners),
 * {@code loadtest.staff}, {@code loadtest.analysts}, {@code loadtest.rivals}, {@code loadtest.ramp} and {@code loadtest.duration} (seconds),
 * {@code loadtest.think} (mean seconds between actions), {@code loadtest.password} (the demo accounts'),
 * {@code loadtest.hold} (seconds each planner keeps the editor open at the end, for the heap measurement) and
 * {@code loadtest.out} (where the run writes what it counted). Any failed request fails the run.
 */
public class WorkbenchSimulation extends Simulation {
    private static final String BASE_URL = System.getProperty("loadtest.baseUrl", "http://127.0.0.1:18500");
    private static final int USERS = Integer.getInteger("loadtest.users", 10);
    private static final int STAFF = Integer.getInteger("loadtest.staff", Math.max(1, USERS / 10));
    private static final int RIVALS = Integer.getInteger("loadtest.rivals", 2);
    private static final int ANALYSTS = Integer.getInteger("loadtest.analysts", Math.max(1, USERS / 10));
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("loadtest.ramp", 10));
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("loadtest.duration", 30));
    private static final double THINK = Double.parseDouble(System.getProperty("loadtest.think", "2"));
    private static final int HOLD = Integer.getInteger("loadtest.hold", 0);
    private static final String PASSWORD = System.getProperty("loadtest.password", "");
    private static final Path OUT = Path.of(System.getProperty("loadtest.out", "target/loadtest"));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            // A browser sends its origin with every POST; the sign-in form is refused without it.
            .originHeader(BASE_URL)
            .acceptLanguageHeader("en-US,en;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) workbench-loadtest")
            .disableCaching()
            .shareConnections();

    private static ChainBuilder think() {
        return CoreDsl.pause(Duration.ofMillis((long) (THINK * 500)), Duration.ofMillis((long) (THINK * 1500)));
    }

    private final ScenarioBuilder planners = scenario("planner")
            .exec(Vaadin.signIn("planner", PASSWORD))
            .exec(openList())
            .exec(think())
            .exec(openEditor((ui, session) -> sample(ui, session.userId() % 3 == 0 ? 0 : 1)))
            .exec(edit())
            .exec(saveAsCopy())
            .exec(during(DURATION, false)
                    .on(
                            think(),
                            backToList(),
                            think(),
                            openEditor((ui, session) -> Long.parseLong(ui.noted("own"))),
                            think(),
                            edit(),
                            think(),
                            edit(),
                            think(),
                            edit(),
                            think(),
                            save(),
                            think(),
                            compareSamples()))
            .exec(holdEditorOpen())
            .exec(signOut());

    // The heap measurement: every planner ends on its editor and waits until run.sh has measured (or HOLD passed).
    private static ChainBuilder holdEditorOpen() {
        if (HOLD <= 0) {
            return exec(session -> session);
        }
        // One empty round trip after opening: what a websocket would have pushed meanwhile is then delivered, as it
        // would be to a browser, and not counted as the session's own memory.
        return exec(openEditor((ui, session) -> Long.parseLong(ui.noted("own"))))
                .exec(Vaadin.uidl("hold: take pushed changes", (ui, session) -> ui.nothing(), Vaadin.anything()))
                .exec(session -> {
                    Hold.arrived(USERS, OUT);
                    return session;
                })
                .exec(session -> session.set("held", 0))
                .exec(asLongAs(session -> !Hold.released(OUT) && session.getInt("held") < HOLD)
                        .on(exec(session -> session.set("held", session.getInt("held") + 1))
                                .pause(Duration.ofSeconds(1))));
    }

    // Analysts: change an assumption of their own copy, save, and read the risk of the new revision.
    private final ScenarioBuilder analysts = scenario("analyst")
            .exec(Vaadin.signIn("planner", PASSWORD))
            .exec(openList())
            .exec(openEditor((ui, session) -> sample(ui, 1)))
            .exec(edit())
            .exec(saveAsCopy())
            .exec(during(DURATION, false)
                    .on(
                            think(),
                            openEditor((ui, session) -> Long.parseLong(ui.noted("own"))),
                            edit(),
                            save(),
                            think(),
                            MonteCarlo.openRiskTab((ui, session) -> Long.parseLong(ui.noted("own")))))
            .exec(signOut());

    private final ScenarioBuilder staff = scenario("staff")
            .exec(Vaadin.signIn("staff", PASSWORD))
            .exec(openList())
            .exec(during(DURATION, false)
                    .on(
                            think(),
                            openEditor((ui, session) -> sample(ui, 2)),
                            think(),
                            Journeys.exportAndUpload(),
                            think(),
                            backToList()))
            .exec(signOut());

    // Rivals: all on the first sample, on whichever instance the proxy gives them.
    private final ScenarioBuilder rivals = scenario("rival")
            .exec(Vaadin.signIn("planner", PASSWORD))
            .exec(openList())
            .exec(during(DURATION, false)
                    .on(
                            think(),
                            openEditor((ui, session) -> sample(ui, 0)),
                            think(),
                            edit(),
                            Journeys.rivalSave(),
                            think(),
                            backToList()))
            .exec(signOut());

    // After the rivals: the shared scenario's revision must have risen by exactly the saves that succeeded.
    private final ScenarioBuilder audit = scenario("lost-update check")
            .exec(Vaadin.signIn("planner", PASSWORD))
            .exec(openList())
            .exec(Vaadin.uidl(
                    "check the contended revision",
                    (ui, session) -> ui.navigate("scenarios/" + sample(ui, 0), ""),
                    (ui, session) -> {
                        int revision = ui.firstNumber(Journeys.META);
                        int expected = Counts.startRevision() + Journeys.RIVAL_SAVES.get();
                        Counts.write(OUT, revision, expected);
                        return revision == expected
                                ? Vaadin.OK
                                : "revision " + revision + " after " + Journeys.RIVAL_SAVES.get()
                                        + " successful saves from revision " + Counts.startRevision()
                                        + ": a save went missing";
                    }))
            .exec(signOut());

    private final ScenarioBuilder probe = scenario("contended revision at start")
            .exec(Vaadin.signIn("planner", PASSWORD))
            .exec(openList())
            .exec(Vaadin.uidl(
                    "read the contended revision",
                    (ui, session) -> ui.navigate("scenarios/" + sample(ui, 0), ""),
                    (ui, session) -> {
                        Counts.start(ui.firstNumber(Journeys.META));
                        return Vaadin.OK;
                    }))
            .exec(signOut());

    {
        try {
            Files.createDirectories(OUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Hold.reset(OUT);
        List<PopulationBuilder> load = new ArrayList<>();
        load.add(planners.injectOpen(rampUsers(USERS).during(RAMP)));
        if (STAFF > 0) {
            load.add(staff.injectOpen(rampUsers(STAFF).during(RAMP)));
        }
        if (ANALYSTS > 0) {
            load.add(analysts.injectOpen(rampUsers(ANALYSTS).during(RAMP)));
        }
        PopulationBuilder first = probe.injectOpen(atOnceUsers(1));
        if (RIVALS > 0) {
            load.add(rivals.injectOpen(rampUsers(RIVALS).during(RAMP)).andThen(audit.injectOpen(atOnceUsers(1))));
        }
        setUp(first.andThen(load))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L))
                .maxDuration(RAMP.plus(DURATION).plusSeconds(HOLD + 240));
    }

    @Override
    public void after() {
        System.out.println(
                "\nPer action (" + USERS + " planners, " + STAFF + " staff, " + ANALYSTS + " analysts, " + RIVALS
                        + " rivals):\n"
                        + Actions.report(OUT)
                        + "uploads refused because a racing upload of the same file was stored first: "
                        + Upload.DUPLICATES_REFUSED.get()
                        + "\n");
    }
}
