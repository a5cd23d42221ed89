package org.workbench.loadtest;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Response times per action, kept by the simulation itself so that run.sh can print p50/p95/p99 and errors per
 * action without reading Gatling's report (whose HTML is for people).
 */
final class Actions {
    private static final Map<String, List<Long>> TIMES = new LinkedHashMap<>();
    private static final Map<String, Integer> ERRORS = new LinkedHashMap<>();

    private Actions() {}

    /** The request, timed: its response time and whether it failed go into the per-action figures. */
    static ChainBuilder timed(String action, HttpRequestActionBuilder request) {
        return exec(session -> session.remove("rt"))
                .exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    record(action, session.contains("rt") ? session.getLong("rt") : -1, session.isFailed());
                    // The failure is counted (here and by Gatling); the journey goes on so later steps are measured.
                    return session.markAsSucceeded();
                });
    }

    static synchronized void record(String action, long millis, boolean failed) {
        if (millis >= 0) {
            TIMES.computeIfAbsent(action, a -> new ArrayList<>()).add(millis);
        }
        ERRORS.merge(action, failed ? 1 : 0, Integer::sum);
    }

    /** The table, printed and written to {@code actions.txt} in {@code out}. */
    static synchronized String report(Path out) {
        var table = new StringBuilder(String.format(
                Locale.ROOT, "%-34s %7s %7s %7s %7s %7s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "errors"));
        for (Map.Entry<String, Integer> entry : ERRORS.entrySet()) {
            long[] sorted = TIMES.getOrDefault(entry.getKey(), List.of()).stream()
                    .mapToLong(Long::longValue)
                    .toArray();
            Arrays.sort(sorted);
            table.append(String.format(
                    Locale.ROOT,
                    "%-34s %7d %7s %7s %7s %7d%n",
                    entry.getKey(),
                    sorted.length,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    entry.getValue()));
        }
        try {
            Files.writeString(out.resolve("actions.txt"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table.toString();
    }

    // Nearest rank: the smallest value with at least p% of the values at or below it.
    private static String percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return String.valueOf(sorted[Math.max(0, rank - 1)]);
    }
}
