package org.workbench.importers;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads one cell under its column's rule (format page, "Cell values"); every problem it finds goes to the log. */
final class CellReader {
    private final ProblemLog log;

    CellReader(ProblemLog log) {
        this.log = log;
    }

    /**
     * The value of one cell. A blank cell gets the rule's default; a blank required cell is reported when
     * {@code reportBlank} (the column exists, or it is a Scenario field) and is invalid either way.
     */
    CellRead read(
            String sheet,
            ColumnDef def,
            @Nullable CellValue cell,
            int column,
            int rowNumber,
            @Nullable String header,
            boolean reportBlank) {
        Rule rule = def.rule();
        if (cell == null || cell.blank()) {
            if (rule.hasDefault()) {
                return new CellRead.Value(rule.defaultValue());
            }
            if (rule.required()) {
                if (reportBlank) {
                    error(sheet, column, rowNumber, header, "", rule, Message.of("problem.cell.required"));
                }
                return CellRead.INVALID;
            }
            return CellRead.BLANK;
        }
        ValueKind kind = rule.kind();
        if (!kind.numeric()) {
            String text = CellParser.text(cell);
            if (text == null) {
                Message why = switch (cell.kind()) {
                    case ERROR -> Message.of("problem.cell.errorValue", cell.text());
                    case FORMULA -> Message.of("problem.cell.formulaWithoutValue");
                    default -> Message.of("problem.cell.tooLong", Numbers.plain(cell.number()), Rule.MAX_CELL_TEXT);
                };
                return error(sheet, column, rowNumber, header, cell.display(), rule, why);
            }
            Object value;
            Message problem;
            switch (kind) {
                case TYPE -> {
                    value = IncentiveTypes.parse(text).orElse(null);
                    problem = value == null ? Message.of("problem.cell.unknownType") : null;
                }
                case CURRENCY -> {
                    value = CellParser.currency(text);
                    problem = value == null ? Message.of("problem.cell.currency") : null;
                }
                default -> {
                    value = text;
                    boolean fits = text.length() >= rule.min() && text.length() <= rule.max();
                    problem = fits ? null : Message.of("problem.cell.textLength");
                }
            }
            if (problem != null) {
                return error(sheet, column, rowNumber, header, cell.display(), rule, problem);
            }
            return new CellRead.Value(Objects.requireNonNull(value));
        }
        CellParser.Reading reading = CellParser.number(cell, kind);
        if (reading.error() != null) {
            return error(sheet, column, rowNumber, header, cell.display(), rule, reading.error());
        }
        if (reading.warning() != null) {
            log.add(sheet, ref(column, rowNumber), header, cell.display(), null, Severity.WARNING, reading.warning());
        }
        if (!rule.accepts(reading.value())) {
            return error(sheet, column, rowNumber, header, cell.display(), rule, Message.of("problem.cell.outOfRange"));
        }
        return new CellRead.Value(reading.value());
    }

    private CellRead error(
            String sheet,
            int column,
            int rowNumber,
            @Nullable String header,
            @Nullable String found,
            Rule rule,
            Message message) {
        log.add(sheet, ref(column, rowNumber), header, found, rule.expected(), Severity.ERROR, message);
        return CellRead.INVALID;
    }

    /** A cell reference, built only when a problem needs one: most cells have none. */
    private static @Nullable String ref(int column, int rowNumber) {
        return column < 0 ? null : CellRefs.cell(column, rowNumber);
    }
}
