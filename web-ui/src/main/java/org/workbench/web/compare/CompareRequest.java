package org.workbench.web.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which scenarios to compare and which of them is the base, as the URL carries it ({@code ids=3,7,9&base=3}).
 *
 * @throws CompareException when there are fewer than {@value #MIN} or more than {@value #MAX} distinct scenarios,
 *     or the base is not one of them
 */
public record CompareRequest(List<Long> ids, long baseId) {
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

    /**
     * The request written in a URL's query parameters; a missing base means the first scenario.
     *
     * @throws CompareException when an id is not a positive whole number, or the request breaks a rule above
     */
    public static CompareRequest parse(@Nullable String ids, @Nullable String base) {
        if (ids == null || ids.isBlank()) {
            throw new CompareException("compare.error.tooFew", MIN);
        }
        List<Long> parsed = new ArrayList<>();
        for (String part : ids.split(",", -1)) {
            parsed.add(id(part));
        }
        long baseId = base == null || base.isBlank() ? parsed.getFirst() : id(base);
        return new CompareRequest(parsed, baseId);
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
