package org.workbench.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static org.workbench.loadtest.Vaadin.OK;
import static org.workbench.loadtest.Vaadin.showing;
import static org.workbench.loadtest.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Monte Carlo from the editor's Risk tab. A link with {@code ?tab=risk} opens it, which runs the saved inputs (or
 * shows the cached result). Runs go on the app's shared executor and their result is pushed; this client keeps no websocket, so it asks with empty messages until the
 * status says the run has ended. "monte carlo: start to result" is the time a user waits for the charts; a run that
 * is refused as busy, fails or never ends within a minute fails the request that reads it.
 */
final class MonteCarlo {
    static final String STATUS = "risk-status";
    static final String RUN = "risk-run";
    private static final int POLLS = 240;
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    // The states the status takes when a run has ended one way or the other (RiskTab sets them).
    private static final Set<String> ENDED = Set.of("done", "busy", "failed", "cancelled");

    private MonteCarlo() {}

    static ChainBuilder openRiskTab(BiFunction<VaadinUi, Session, Long> which) {
        return exec(session -> session.set("mc-started", System.nanoTime()))
                .exec(uidl(
                        "open the risk tab",
                        (ui, session) -> ui.navigate("scenarios/" + which.apply(ui, session), "tab=risk"),
                        showing(STATUS, RUN)))
                .exec(awaitResult());
    }

    private static String state(VaadinUi ui) {
        return ui.attribute(STATUS, "data-state").orElse("");
    }

    private static ChainBuilder awaitResult() {
        return exec(session -> session.set("mc-polls", 0))
                .exec(asLongAs(session ->
                                !ENDED.contains(state(Vaadin.ui(session))) && session.getInt("mc-polls") < POLLS)
                        .on(exec(session -> session.set("mc-polls", session.getInt("mc-polls") + 1))
                                .pause(POLL_EVERY)
                                .exec(uidl(
                                        "risk: wait for the push", (ui, session) -> ui.nothing(), Vaadin.anything()))))
                .exec(session -> {
                    long waited = (System.nanoTime() - session.getLong("mc-started")) / 1_000_000;
                    Actions.record("monte carlo: start to result", waited, false);
                    return session;
                })
                .exec(uidl("monte carlo result", (ui, session) -> ui.nothing(), (ui, session) -> {
                    String state = state(ui);
                    return state.equals("done") ? OK : "Monte Carlo ended as '" + state + "': " + ui.text(STATUS);
                }));
    }
}
