package org.workbench.web.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which scenarios to compare, which of them is the base, how to treat different horizons and which revisions to take,
 * as the URL carries it ({@code ids=3,7,9&base=3&horizon=own&revisions=approved}; without {@code horizon} the common
 * horizon, without {@code revisions} the latest revisions).
 *
 * @throws CompareException when there are fewer than {@value #MIN} or more than {@value #MAX} distinct scenarios,
 *     or the base is not one of them
 */
public record CompareRequest(List<Long> ids, long baseId, HorizonMode horizon, Revisions revisions) {
    public static final int MIN = 2;
    public static final int MAX = 6;

    public CompareRequest {
        ids = List.copyOf(new LinkedHashSet<>(ids));
        if (ids.size() < MIN) {
            throw new CompareException("compare.error.tooFew", MIN);
        }
        if (ids.size() > MAX) {
            throw new CompareException("compare.error.tooMany", MAX, ids.size());
        }
        if (!ids.contains(baseId)) {
            throw new CompareException("compare.error.baseNotSelected", baseId);
        }
    }

    /** Over the common horizon, the default. */
    public CompareRequest(List<Long> ids, long baseId) {
        this(ids, baseId, HorizonMode.COMMON);
    }

    /** Of the latest revisions, the default. */
    public CompareRequest(List<Long> ids, long baseId, HorizonMode horizon) {
        this(ids, baseId, horizon, Revisions.LATEST);
    }

    /** The same scenarios and base with another horizon rule. */
    public CompareRequest withHorizon(HorizonMode mode) {
        return new CompareRequest(ids, baseId, mode, revisions);
    }

    /** The same scenarios, base and horizon rule, of other revisions. */
    public CompareRequest withRevisions(Revisions rule) {
        return new CompareRequest(ids, baseId, horizon, rule);
    }

    /** The request as a URL query, without the {@code ?}: what the comparison, its report and its export share. */
    public String query() {
        String query = "ids=" + idsParameter() + "&base=" + baseId;
        if (horizon != HorizonMode.COMMON) {
            query += "&horizon=" + horizon.parameter();
        }
        return revisions == Revisions.LATEST ? query : query + "&revisions=" + revisions.parameter();
    }

    /** Like {@link #parse(String, String, String)} over the common horizon. */
    public static CompareRequest parse(@Nullable String ids, @Nullable String base) {
        return parse(ids, base, null);
    }

    /** Like {@link #parse(String, String, String, String)} of the latest revisions. */
    public static CompareRequest parse(@Nullable String ids, @Nullable String base, @Nullable String horizon) {
        return parse(ids, base, horizon, null);
    }

    /**
     * The request written in a URL's query parameters; a missing base means the first scenario, a missing horizon
     * the common one, missing revisions the latest.
     *
     * @throws CompareException when an id is not a positive whole number, the horizon is none of {@link HorizonMode}'s
     *     parameters, the revisions none of {@link Revisions}', or the request breaks a rule above
     */
    public static CompareRequest parse(
            @Nullable String ids, @Nullable String base, @Nullable String horizon, @Nullable String revisions) {
        if (ids == null || ids.isBlank()) {
            throw new CompareException("compare.error.tooFew", MIN);
        }
        List<Long> parsed = new ArrayList<>();
        for (String part : ids.split(",", -1)) {
            parsed.add(id(part));
        }
        long baseId = base == null || base.isBlank() ? parsed.getFirst() : id(base);
        HorizonMode mode = horizon == null || horizon.isBlank()
                ? HorizonMode.COMMON
                : HorizonMode.ofParameter(horizon)
                        .orElseThrow(() -> new CompareException("compare.error.badHorizon", horizon.strip()));
        Revisions rule = revisions == null || revisions.isBlank()
                ? Revisions.LATEST
                : Revisions.ofParameter(revisions)
                        .orElseThrow(() -> new CompareException("compare.error.badRevisions", revisions.strip()));
        return new CompareRequest(parsed, baseId, mode, rule);
    }

    /** The {@code ids} query parameter's value. */
    public String idsParameter() {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public int baseIndex() {
        return ids.indexOf(baseId);
    }

    private static long id(String text) {
        String trimmed = text.strip();
        try {
            long id = Long.parseLong(trimmed);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the text as typed
        }
        throw new CompareException("compare.error.badId", trimmed);
    }
}
