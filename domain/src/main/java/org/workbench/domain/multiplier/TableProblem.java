package org.workbench.domain.multiplier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One reason an input-output table cannot be used, as a message key of the domain bundle plus its arguments.
 *
 * @param messageKey e.g. {@code io.problem.notProductive}
 * @param args the message's arguments
 * @param sector the code of the sector concerned (the row of a flow); null for the table as a whole
 * @param toSector for a flow, the code of the buying sector (its column); null otherwise
 * @param field the sector's field concerned ({@code output}, {@code employment}, ...; {@code flow} for a flow), or
 *     null for the sector as a whole
 */
public record TableProblem(
        String messageKey,
        List<Object> args,
        @Nullable String sector,
        @Nullable String toSector,
        @Nullable String field) {
    public TableProblem {
        args = List.copyOf(args);
    }

    static TableProblem of(@Nullable String sector, @Nullable String field, String key, Object... args) {
        return new TableProblem(key, List.of(args), sector, null, field);
    }
}
