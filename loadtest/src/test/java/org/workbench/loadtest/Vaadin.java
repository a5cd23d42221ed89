package org.workbench.loadtest;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Session;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;

/**
 * Vaadin's own requests as Gatling actions: the sign-in form, the bootstrap of a page ({@code ?v-r=init}) and UIDL
 * round trips ({@code ?v-r=uidl}) whose answers are checked by what they must show, so a script that no longer
 * matches the app fails with a reason rather than measuring nothing.
 */
final class Vaadin {
    static final String UI = "vaadinUi";
    static final String OK = "ok";

    // What a desktop browser reports at bootstrap (Flow reads it into WebBrowser and ExtendedClientDetails).
    private static final String BROWSER_DETAILS = "&v-sh=900&v-sw=1440&v-wh=820&v-ww=1440&v-bh=820&v-bw=1440"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo";

    private Vaadin() {}

    static VaadinUi ui(Session session) {
        return (VaadinUi) session.get(UI);
    }

    /** The login page, then the form post with Spring's CSRF token; it must not come back to the login page. */
    static ChainBuilder signIn(String username, String password) {
        return Actions.timed(
                        "sign in: page",
                        http("sign in: page")
                                .get("/login")
                                .check(status().is(200))
                                .check(css("meta[name='_csrf']", "content").saveAs("springCsrf")))
                .exec(Actions.timed(
                        "sign in",
                        http("sign in")
                                .post("/login")
                                .formParam("username", username)
                                .formParam("password", password)
                                .formParam("_csrf", "#{springCsrf}")
                                .check(currentLocation()
                                        .transform(location -> location.contains("/login") ? "back at " + location : OK)
                                        .is(OK))));
    }

    /** A full page load of a route: the HTML shell, the bootstrap with the first UIDL, the router's first navigation. */
    static ChainBuilder load(String action, String route, BiFunction<VaadinUi, Session, String> expect) {
        return exec(session -> session.set(UI, new VaadinUi()))
                .exec(Actions.timed(
                        action + ": page",
                        http(action + ": page").get("/" + route).check(status().is(200))))
                .exec(Actions.timed(
                        action + ": bootstrap",
                        http(action + ": bootstrap")
                                .get("/?v-r=init&location=" + route + "&query=" + BROWSER_DETAILS)
                                .check(bodyString()
                                        .transformWithSession(
                                                (body, session) -> ui(session).init(body))
                                        .is(OK))))
                .exec(uidl(action, (ui, session) -> ui.navigate(route, ""), expect));
    }

    /**
     * One UIDL round trip: builds the message from what the UI shows now (a missing component id fails the request),
     * applies the answer and then asks {@code expect} whether it shows what it must ("ok" or the reason it does not).
     */
    static ChainBuilder uidl(
            String action,
            BiFunction<VaadinUi, Session, ArrayNode> invocations,
            BiFunction<VaadinUi, Session, String> expect) {
        return Actions.timed(
                action,
                http(action)
                        .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(CoreDsl.StringBody(session -> {
                            VaadinUi ui = ui(session);
                            return ui.message(invocations.apply(ui, session));
                        }))
                        .check(status().is(200))
                        .check(bodyString()
                                .transformWithSession((body, session) -> {
                                    VaadinUi ui = ui(session);
                                    String read = ui.uidl(body);
                                    String verdict;
                                    try {
                                        verdict = read.equals(OK) ? expect.apply(ui, session) : read;
                                    } catch (RuntimeException e) {
                                        verdict = e.toString();
                                    }
                                    if (!verdict.equals(OK)) {
                                        System.err.println("KO " + action + ": " + verdict + " [user "
                                                + session.userId() + ", answer "
                                                + body.substring(0, Math.min(body.length(), 400)) + "]");
                                    }
                                    return verdict;
                                })
                                .is(OK)));
    }

    static BiFunction<VaadinUi, Session, String> showing(String... componentIds) {
        return (ui, session) -> {
            for (String id : componentIds) {
                if (!ui.has(id)) {
                    return "no component with id '" + id + "' after this step";
                }
            }
            return OK;
        };
    }

    static BiFunction<VaadinUi, Session, String> anything() {
        return (ui, session) -> OK;
    }

    static Function<Session, Session> remember(String key, Function<VaadinUi, String> value) {
        return session -> session.set(key, value.apply(ui(session)));
    }
}
