package org.workbench.importers;

import org.jspecify.annotations.Nullable;

/**
 * Reads one cell under a column's rule for the input-output table workbook, logging each problem at its cell with
 * the format's messages: text columns and numeric kinds only (the table has no enum or currency columns).
 */
final class RuleCells {
    /** Returned when the cell broke its rule; the problem is logged. */
    static final Object INVALID = new Object();

    private final ProblemLog log;

    RuleCells(ProblemLog log) {
        this.log = log;
    }

    /**
     * @return a String, a Double, null (blank and optional) or {@link #INVALID}
     */
    @Nullable
    Object read(String sheet, ColumnDef def, @Nullable CellValue cell, int column, int rowNumber, String header) {
        Rule rule = def.rule();
        if (cell == null || cell.blank()) {
            if (rule.hasDefault()) {
                return rule.defaultValue();
            }
            if (rule.required()) {
                error(sheet, column, rowNumber, header, "", rule.expected(), Message.of("problem.cell.required"));
                return INVALID;
            }
            return null;
        }
        if (!rule.kind().numeric()) {
            String text = CellParser.text(cell);
            Message why = text == null
                    ? cell.kind() == CellValue.Kind.ERROR
                            ? Message.of("problem.cell.errorValue", cell.text())
                            : Message.of("problem.cell.tooLong", Numbers.plain(cell.number()), Rule.MAX_CELL_TEXT)
                    : text.length() < rule.min() || text.length() > rule.max()
                            ? Message.of("problem.cell.textLength")
                            : null;
            if (why != null) {
                error(sheet, column, rowNumber, header, cell.display(), rule.expected(), why);
                return INVALID;
            }
            return text;
        }
        CellParser.Reading reading = CellParser.number(cell, rule.kind());
        if (reading.error() != null) {
            error(sheet, column, rowNumber, header, cell.display(), rule.expected(), reading.error());
            return INVALID;
        }
        if (reading.warning() != null) {
            log.add(
                    sheet,
                    CellRefs.cell(column, rowNumber),
                    header,
                    cell.display(),
                    null,
                    Severity.WARNING,
                    reading.warning());
        }
        if (!rule.accepts(reading.value())) {
            error(
                    sheet,
                    column,
                    rowNumber,
                    header,
                    cell.display(),
                    rule.expected(),
                    Message.of("problem.cell.outOfRange"));
            return INVALID;
        }
        return reading.value();
    }

    private void error(
            String sheet, int column, int rowNumber, String header, String found, Message expected, Message message) {
        log.add(sheet, CellRefs.cell(column, rowNumber), header, found, expected, Severity.ERROR, message);
    }
}
