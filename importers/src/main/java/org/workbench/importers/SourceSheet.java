package org.workbench.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ScenarioInvalidException;

/**
 * Reads the optional sheet Sources: where the value of one input comes from, the input named as sheet Ranges names
 * it (the item's sheet, its code, the field's header). The rules of one row are checked as it comes, those that need
 * the items' codes once every sheet was read; every problem names its cell.
 */
final class SourceSheet {
    static final ExtraSheets.Column SOURCE = new ExtraSheets.Column("Source", "来源", Rule.text(true));
    static final List<ExtraSheets.Column> COLUMNS =
            List.of(ExtraSheets.SHEET, ExtraSheets.CODE, ExtraSheets.FIELD, SOURCE);

    private static final int SHEET_COL = 0, CODE_COL = 1, FIELD_COL = 2, SOURCE_COL = 3;

    final SheetTable table = new SheetTable(COLUMNS);
    private final List<SourceRow> rows = new ArrayList<>();
    /** The sheet row of each source handed to the scenario, by position, to place the domain's problems. */
    private final List<Integer> rowNumbers = new ArrayList<>();

    private final ProblemLog log;
    private final CellReader reader;

    /** One row as read: null where a cell was blank or wrong (its problem is already logged). */
    private record SourceRow(
            int rowNumber,
            @Nullable ItemKind item,
            @Nullable String code,
            @Nullable InputField field,
            @Nullable String text) {}

    SourceSheet(ProblemLog log, CellReader reader) {
        this.log = log;
        this.reader = reader;
    }

    /** Reads one row: which input, and the text of its source. */
    void row(String sheetName, int rowNumber, @Nullable CellValue[] byDef) {
        String sheetText = text(sheetName, SHEET_COL, rowNumber, byDef);
        String code = text(sheetName, CODE_COL, rowNumber, byDef);
        String fieldText = text(sheetName, FIELD_COL, rowNumber, byDef);
        ItemKind item = null;
        if (sheetText != null) {
            item = SheetRole.of(sheetText).map(SourceSheet::itemOf).orElse(null);
            if (item == null) {
                error(SHEET_COL, rowNumber, sheetText, Message.of("expected.range.sheet"), "problem.sources.sheet");
            }
        }
        InputField field = null;
        if (item != null && fieldText != null) {
            field = FieldColumn.of(item).stream()
                    .filter(c -> c.matches(fieldText))
                    .map(FieldColumn::field)
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                error(FIELD_COL, rowNumber, fieldText, fieldsOf(item), "problem.sources.unknownField", fieldText);
            }
        }
        rows.add(new SourceRow(rowNumber, item, code, field, sourceText(byDef[SOURCE_COL], rowNumber)));
    }

    private @Nullable String text(String sheetName, int i, int rowNumber, @Nullable CellValue[] byDef) {
        int col = table.column[i];
        CellRead read = reader.read(sheetName, table.defs.get(i), byDef[i], col, rowNumber, table.header[i], col >= 0);
        return read instanceof CellRead.Value v ? (String) v.value() : null;
    }

    /**
     * The text of a Source cell as the domain keeps it, or null with its problem logged. A number is taken as it is
     * shown: someone who types 2020 means the text "2020".
     */
    private @Nullable String sourceText(@Nullable CellValue cell, int rowNumber) {
        boolean column = table.column[SOURCE_COL] >= 0;
        if (cell == null || cell.blank()) {
            if (column) {
                error(SOURCE_COL, rowNumber, "", expectedText(), "problem.cell.required");
            }
            return null;
        }
        String raw = switch (cell.kind()) {
            case TEXT, DATE, BOOLEAN -> cell.text();
            case NUMBER -> cell.display();
            case TOO_LONG -> {
                // the reader kept only the start of the cell; its length is all that is needed to say why
                tooLong(rowNumber, cell.display(), Numbers.plain(cell.number()));
                yield null;
            }
            case ERROR -> {
                error(SOURCE_COL, rowNumber, cell.display(), null, "problem.cell.errorValue", cell.text());
                yield null;
            }
            case FORMULA -> {
                error(SOURCE_COL, rowNumber, cell.display(), null, "problem.cell.formulaWithoutValue");
                yield null;
            }
        };
        if (raw == null) {
            return null;
        }
        String text = InputSource.normalized(raw);
        boolean ok = true;
        int length = text.codePointCount(0, text.length());
        if (text.isEmpty()) {
            ok = error(SOURCE_COL, rowNumber, "", expectedText(), "problem.cell.required");
        } else if (length > InputSource.MAX_LENGTH) {
            ok = tooLong(rowNumber, cell.display(), Numbers.plain(length));
        }
        // the domain's rule (InputSource.problems): line breaks are the only control characters a note may hold
        int control = text.codePoints()
                .filter(c -> c != '\n' && Character.isISOControl(c))
                .findFirst()
                .orElse(-1);
        if (control >= 0) {
            String shown = String.format(java.util.Locale.ROOT, "U+%04X", control);
            ok = error(SOURCE_COL, rowNumber, shown, expectedText(), "problem.sources.control", shown);
        }
        return ok ? text : null;
    }

    private boolean tooLong(int rowNumber, String shown, String length) {
        return error(
                SOURCE_COL,
                rowNumber,
                shown,
                expectedText(),
                "problem.sources.tooLong",
                length,
                InputSource.MAX_LENGTH);
    }

    private static Message expectedText() {
        return Message.of("expected.sources.text", InputSource.MAX_LENGTH);
    }

    private static @Nullable ItemKind itemOf(SheetRole role) {
        return switch (role) {
            case SCENARIO -> ItemKind.SETTINGS;
            case INDUSTRIES -> ItemKind.INDUSTRY;
            case INCENTIVES -> ItemKind.INCENTIVE;
            default -> null;
        };
    }

    private static Message fieldsOf(ItemKind item) {
        List<InputField> fields = InputFields.of(item);
        return Message.of(
                "expected.sources.field",
                fields.stream().map(InputField::english).collect(Collectors.joining(", ")),
                fields.stream().map(InputField::chinese).collect(Collectors.joining("、")));
    }

    /**
     * The sources, each of an item the workbook has and once per input. Problems are logged at their cells; the list
     * holds only the rows without any.
     */
    List<InputSource> sources(Set<String> industryCodes, Set<String> incentiveCodes) {
        Map<String, Integer> seen = new HashMap<>();
        List<InputSource> result = new ArrayList<>();
        for (SourceRow row : rows) {
            ItemKind item = row.item();
            if (item == null) {
                continue;
            }
            int r = row.rowNumber();
            String code = row.code();
            boolean ok = true;
            if (item == ItemKind.SETTINGS && code != null) {
                ok = error(CODE_COL, r, code, null, "problem.sources.codeForScenario");
            } else if (item != ItemKind.SETTINGS && code == null) {
                ok = error(CODE_COL, r, "", codeExpected(item), "problem.sources.codeMissing");
            } else if (code != null && !(item == ItemKind.INDUSTRY ? industryCodes : incentiveCodes).contains(code)) {
                ok = error(CODE_COL, r, code, codeExpected(item), "problem.sources.unknownCode", code);
            }
            InputField field = row.field();
            if (field == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(item + "\u0000" + code + "\u0000" + field.key(), r);
            if (first != null) {
                ok = error(FIELD_COL, r, field.english(), null, "problem.sources.duplicateRow", first);
            }
            if (ok && row.text() != null) {
                try {
                    result.add(new InputSource(item, code, field.key(), row.text()));
                    rowNumbers.add(r);
                } catch (ScenarioInvalidException e) {
                    // the checks above are the domain's; should they ever part, its word is final
                    e.problems().forEach(p -> log(SOURCE_COL, r, p));
                }
            }
        }
        return result;
    }

    private static Message codeExpected(ItemKind item) {
        SheetRole sheet = item == ItemKind.INDUSTRY ? SheetRole.INDUSTRIES : SheetRole.INCENTIVES;
        return Message.of("expected.range.code", sheet.english(), sheet.title(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    /** Whether the domain problem is about a source, so that {@link #report} can place it. */
    static boolean about(DomainProblem problem) {
        return problem.messageKey().startsWith("problem.source.");
    }

    /** Logs a problem the domain found in the sources at the row it came from. */
    void report(DomainProblem problem) {
        int i = problem.index();
        int col = problem.messageKey().equals("problem.source.unknownItem") ? CODE_COL : FIELD_COL;
        if (i >= 0 && i < rowNumbers.size()) {
            log(col, rowNumbers.get(i), problem);
        } else {
            log.add(
                    table.sheet,
                    null,
                    table.headerOf(col),
                    null,
                    null,
                    Severity.ERROR,
                    new Message(problem.messageKey(), problem.args()));
        }
    }

    private void log(int col, int rowNumber, DomainProblem problem) {
        log.add(
                table.sheet,
                table.ref(col, rowNumber),
                table.headerOf(col),
                null,
                null,
                Severity.ERROR,
                new Message(problem.messageKey(), problem.args()));
    }

    /** Logs an error at a cell; returns false, for {@code ok = error(...)}. */
    private boolean error(
            int i, int rowNumber, @Nullable String found, @Nullable Message expected, String key, Object... args) {
        log.add(
                table.sheet,
                table.ref(i, rowNumber),
                table.headerOf(i),
                found,
                expected,
                Severity.ERROR,
                Message.of(key, args));
        return false;
    }
}
