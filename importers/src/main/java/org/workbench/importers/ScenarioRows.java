package org.workbench.importers;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows of sheet Scenario read so far: by field, its value, its value cell and its name as the file spells it. */
final class ScenarioRows {
    private final List<FieldColumn> fields = FieldColumn.SCENARIO;
    private final boolean[] seen = new boolean[fields.size()];
    private final @Nullable Object[] values = new Object[fields.size()];
    private final @Nullable String[] cells = new String[fields.size()];
    private final @Nullable String[] headers = new String[fields.size()];

    boolean seen(FieldColumn field) {
        return seen[field.index()];
    }

    void put(FieldColumn field, CellRead read, @Nullable String cell, String header) {
        int i = field.index();
        seen[i] = true;
        values[i] = read instanceof CellRead.Value v ? v.value() : null;
        cells[i] = cell;
        headers[i] = header;
    }

    /** The values in field order; null where a field is missing, blank or invalid. */
    @Nullable
    Object[] values() {
        return values.clone();
    }

    @Nullable
    Object value(FieldColumn field) {
        return values[field.index()];
    }

    @Nullable
    String cell(FieldColumn field) {
        return cells[field.index()];
    }

    String header(FieldColumn field) {
        String header = headers[field.index()];
        return header == null ? field.english() : header;
    }
}
