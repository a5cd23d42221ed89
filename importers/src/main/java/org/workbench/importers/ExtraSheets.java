package org.workbench.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Actual;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.InputRange;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;

/**
 * The optional sheets of version 2: Ranges (a low and a high estimate of one input) and Actuals (what an incentive
 * did in one year). Cells are read as the rows come; the rules that need the inputs' values run once those are
 * known, and every problem names its cell.
 */
final class ExtraSheets {
    /** A column of these sheets: the rule of a Low or High cell is the ranged field's, so theirs only says "a number". */
    record Column(String english, String chinese, Rule rule) implements ColumnDef {}

    static final Column SHEET = new Column("Sheet", "工作表", Rule.text(true));
    static final Column CODE = new Column("Code", "代码", Rule.text(false));
    static final Column FIELD = new Column("Field", "字段", Rule.text(true));
    static final Column LOW = new Column("Low", "下限", Rule.plain(ValueKind.NUMBER, true));
    static final Column HIGH = new Column("High", "上限", Rule.plain(ValueKind.NUMBER, true));
    static final List<Column> RANGE_COLUMNS = List.of(SHEET, CODE, FIELD, LOW, HIGH);

    static final Column INCENTIVE = new Column("Incentive", "政策代码", Rule.text(true));
    static final Column YEAR = new Column("Year", "年份", Rule.plain(ValueKind.YEAR, true));
    static final Column GROSS_JOBS = new Column("Actual gross jobs", "实际直接就业", atLeastZero(ValueKind.NUMBER));
    static final Column OUTLAY = new Column("Actual outlay", "实际支出", atLeastZero(ValueKind.MONEY));
    static final Column MONEY_BACK = new Column("Actual money back", "实际回收", atLeastZero(ValueKind.MONEY));
    static final List<Column> ACTUAL_COLUMNS = List.of(INCENTIVE, YEAR, GROSS_JOBS, OUTLAY, MONEY_BACK);

    private static final int SHEET_COL = 0, CODE_COL = 1, FIELD_COL = 2, LOW_COL = 3, HIGH_COL = 4;
    private static final int INCENTIVE_COL = 0, YEAR_COL = 1;

    final SheetTable ranges = new SheetTable(RANGE_COLUMNS);
    final SheetTable actuals = new SheetTable(ACTUAL_COLUMNS);
    private final List<RangeRow> rangeRows = new ArrayList<>();
    /** The sheet row of each range and actual handed to the scenario, by position, to place the domain's problems. */
    private final List<Integer> rangeRowNumbers = new ArrayList<>();

    private final List<Integer> actualRowNumbers = new ArrayList<>();
    private final ProblemLog log;
    private final CellReader reader;

    /** One row of sheet Ranges as read: null where a cell was blank or wrong (its problem is already logged). */
    private record RangeRow(
            int rowNumber,
            @Nullable ItemKind item,
            @Nullable String code,
            @Nullable InputField field,
            @Nullable Double low,
            @Nullable Double high) {}

    ExtraSheets(ProblemLog log, CellReader reader) {
        this.log = log;
        this.reader = reader;
    }

    private static Rule atLeastZero(ValueKind kind) {
        return new Rule(kind, false, 0, true, Double.POSITIVE_INFINITY, true, Double.NaN);
    }

    /** Reads one row of sheet Ranges: which input, and its bounds under that input's own rule. */
    void rangeRow(String sheetName, int rowNumber, @Nullable CellValue[] byDef) {
        String sheetText = text(sheetName, SHEET_COL, rowNumber, byDef);
        String code = text(sheetName, CODE_COL, rowNumber, byDef);
        String fieldText = text(sheetName, FIELD_COL, rowNumber, byDef);
        ItemKind item = null;
        if (sheetText != null) {
            item = SheetRole.of(sheetText).map(ExtraSheets::itemOf).orElse(null);
            if (item == null) {
                error(
                        ranges,
                        SHEET_COL,
                        rowNumber,
                        sheetText,
                        Message.of("expected.range.sheet"),
                        "problem.range.sheet");
            }
        }
        InputField field = null;
        if (item != null && fieldText != null) {
            FieldColumn match = null;
            for (FieldColumn column : FieldColumn.of(item)) {
                if (column.matches(fieldText)) {
                    match = column;
                }
            }
            if (match == null || !match.field().rangeable()) {
                String key = match == null ? "problem.range.unknownField" : "problem.range.fieldNotRangeable";
                error(ranges, FIELD_COL, rowNumber, fieldText, rangeableFields(item), key, fieldText);
            } else {
                field = match.field();
            }
        }
        Double low = null;
        Double high = null;
        if (field != null) {
            Rule rule = Rule.bound(field, null);
            low = number(sheetName, LOW_COL, rowNumber, byDef, rule);
            high = number(sheetName, HIGH_COL, rowNumber, byDef, rule);
        }
        rangeRows.add(new RangeRow(rowNumber, item, code, field, low, high));
    }

    private @Nullable String text(String sheetName, int i, int rowNumber, @Nullable CellValue[] byDef) {
        int col = ranges.column[i];
        CellRead read =
                reader.read(sheetName, ranges.defs.get(i), byDef[i], col, rowNumber, ranges.header[i], col >= 0);
        return read instanceof CellRead.Value v ? (String) v.value() : null;
    }

    private @Nullable Double number(String sheetName, int i, int rowNumber, @Nullable CellValue[] byDef, Rule rule) {
        int col = ranges.column[i];
        Column def =
                new Column(RANGE_COLUMNS.get(i).english(), RANGE_COLUMNS.get(i).chinese(), rule);
        CellRead read = reader.read(sheetName, def, byDef[i], col, rowNumber, ranges.header[i], col >= 0);
        return read instanceof CellRead.Value v ? (Double) v.value() : null;
    }

    private static @Nullable ItemKind itemOf(SheetRole role) {
        return switch (role) {
            case SCENARIO -> ItemKind.SETTINGS;
            case INDUSTRIES -> ItemKind.INDUSTRY;
            case INCENTIVES -> ItemKind.INCENTIVE;
            default -> null;
        };
    }

    private static Message rangeableFields(ItemKind item) {
        List<InputField> fields =
                InputFields.of(item).stream().filter(InputField::rangeable).toList();
        return Message.of(
                "expected.range.field",
                fields.stream().map(InputField::english).collect(Collectors.joining(", ")),
                fields.stream().map(InputField::chinese).collect(Collectors.joining("、")));
    }

    /**
     * The ranges, each checked against the scenario: a known item, a field its type uses, bounds that keep the
     * field's rule for that type and enclose the value. Problems are logged at their cells; the list holds only the
     * rows without any.
     *
     * @param inputs the valid scenario, or null when its inputs have errors (only what needs no value is checked)
     */
    List<InputRange> ranges(@Nullable Scenario inputs, Set<String> industryCodes, Set<String> incentiveCodes) {
        Map<String, Incentive> incentives = new HashMap<>();
        Map<String, Industry> industries = new HashMap<>();
        if (inputs != null) {
            inputs.incentives().forEach(i -> incentives.put(i.code(), i));
            inputs.industries().forEach(i -> industries.put(i.code(), i));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<InputRange> result = new ArrayList<>();
        for (RangeRow row : rangeRows) {
            ItemKind item = row.item();
            InputField field = row.field();
            if (item == null || field == null) {
                continue;
            }
            int r = row.rowNumber();
            String code = row.code();
            boolean ok = true;
            if (item == ItemKind.SETTINGS && code != null) {
                ok = error(ranges, CODE_COL, r, code, null, "problem.range.codeForScenario");
            } else if (item != ItemKind.SETTINGS && code == null) {
                ok = error(ranges, CODE_COL, r, "", codeExpected(item), "problem.range.codeMissing");
            } else if (code != null && !(item == ItemKind.INDUSTRY ? industryCodes : incentiveCodes).contains(code)) {
                ok = error(ranges, CODE_COL, r, code, codeExpected(item), "problem.range.unknownCode", code);
            }
            Integer first = seen.putIfAbsent(item + "\u0000" + code + "\u0000" + field.key(), r);
            if (first != null) {
                ok = error(ranges, FIELD_COL, r, field.english(), null, "problem.range.duplicateRow", first);
            }
            Double low = row.low();
            Double high = row.high();
            if (low == null || high == null) {
                continue;
            }
            if (low > high) {
                ok = error(ranges, HIGH_COL, r, Numbers.plain(high), atLeast(low), "problem.range.highBelowLow");
            }
            if (ok && inputs != null) {
                ok = againstValue(inputs, row, industries, incentives);
            }
            if (ok) {
                result.add(new InputRange(item, code, field.key(), low, high));
                rangeRowNumbers.add(r);
            }
        }
        return result;
    }

    private boolean againstValue(
            Scenario inputs, RangeRow row, Map<String, Industry> industries, Map<String, Incentive> incentives) {
        InputField field = row.field();
        int r = row.rowNumber();
        IncentiveType type = null;
        @Nullable Object[] values;
        switch (row.item()) {
            case SETTINGS ->
                values = ScenarioSettings.Draft.of(inputs.settings()).values();
            case INDUSTRY ->
                values = Industry.Draft.of(industries.get(row.code())).values();
            case INCENTIVE -> {
                Incentive incentive = incentives.get(row.code());
                type = incentive.type();
                values = Incentive.Draft.of(incentive).values();
            }
            case null -> throw new IllegalStateException("a range row without an item");
        }
        if (!field.appliesTo(type)) {
            return error(ranges, FIELD_COL, r, field.english(), null, "problem.range.typeUnused", type);
        }
        boolean ok = true;
        Rule rule = Rule.bound(field, type);
        double low = row.low();
        double high = row.high();
        if (!rule.accepts(low)) {
            ok = error(ranges, LOW_COL, r, Numbers.plain(low), rule.expected(), "problem.cell.outOfRange");
        }
        if (!rule.accepts(high)) {
            ok = error(ranges, HIGH_COL, r, Numbers.plain(high), rule.expected(), "problem.cell.outOfRange");
        }
        double value = ((Number) values[InputFields.indexOf(field)]).doubleValue();
        if (low > value) {
            ok = error(ranges, LOW_COL, r, Numbers.plain(low), atMost(value), "problem.range.lowAboveValue", value);
        }
        if (high < value) {
            ok = error(ranges, HIGH_COL, r, Numbers.plain(high), atLeast(value), "problem.range.highBelowValue", value);
        }
        return ok;
    }

    private static Message codeExpected(ItemKind item) {
        SheetRole sheet = item == ItemKind.INDUSTRY ? SheetRole.INDUSTRIES : SheetRole.INCENTIVES;
        return Message.of("expected.range.code", sheet.english(), sheet.title(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    private static Message atMost(double value) {
        return Message.of("expected.number.atMost", value);
    }

    private static Message atLeast(double value) {
        return Message.of("expected.number.atLeast", value);
    }

    /**
     * The actuals: each of a known incentive, in a year of the scenario, once per incentive and year. Problems are
     * logged at their cells; the list holds only the rows without any.
     *
     * @param settings the valid settings, or null when they have errors (the years are not checked then)
     */
    List<Actual> actuals(@Nullable ScenarioSettings settings, Set<String> incentiveCodes) {
        Map<String, Integer> seen = new HashMap<>();
        List<Actual> result = new ArrayList<>();
        for (SheetTable.Row row : actuals.rows) {
            @Nullable Object[] v = row.values();
            int r = row.rowNumber();
            boolean ok = !row.invalid(INCENTIVE_COL) && !row.invalid(YEAR_COL) && row.invalid() == 0;
            if (v[INCENTIVE_COL] instanceof String code && !incentiveCodes.contains(code)) {
                ok = error(
                        actuals,
                        INCENTIVE_COL,
                        r,
                        code,
                        codeExpected(ItemKind.INCENTIVE),
                        "problem.cell.unknownIncentive",
                        code);
            }
            if (v[YEAR_COL] instanceof Double year && settings != null) {
                int firstYear = settings.firstYear();
                int lastYear = settings.lastYear();
                if (year < firstYear || year > lastYear) {
                    ok = error(
                            actuals,
                            YEAR_COL,
                            r,
                            Numbers.plain(year),
                            Message.of("expected.year.within", firstYear, lastYear),
                            "problem.actual.yearOutside");
                } else if (v[INCENTIVE_COL] instanceof String code) {
                    Integer first = seen.putIfAbsent(code + "\u0000" + year.intValue(), r);
                    if (first != null) {
                        ok = error(
                                actuals,
                                YEAR_COL,
                                r,
                                Numbers.plain(year),
                                null,
                                "problem.actual.duplicateYear",
                                code,
                                year,
                                first);
                    }
                }
            }
            if (v[2] == null && v[3] == null && v[4] == null && row.invalid() == 0) {
                log.add(
                        actuals.sheet,
                        actuals.ref(INCENTIVE_COL, r),
                        actuals.headerOf(INCENTIVE_COL),
                        null,
                        null,
                        Severity.WARNING,
                        Message.of("problem.actual.noFigures"));
            }
            if (ok && v[INCENTIVE_COL] instanceof String code && v[YEAR_COL] instanceof Double year) {
                result.add(new Actual(code, year.intValue(), (Double) v[2], (Double) v[3], (Double) v[4]));
                actualRowNumbers.add(r);
            }
        }
        return result;
    }

    /** Logs a problem the domain found in the ranges or actuals at the row it came from. */
    void report(DomainProblem problem) {
        boolean actual = problem.field() != null && problem.field().startsWith("actual.");
        List<Integer> rows = actual ? actualRowNumbers : rangeRowNumbers;
        SheetTable table = actual ? actuals : ranges;
        int col = actual ? INCENTIVE_COL : FIELD_COL;
        int i = problem.index();
        String cell = i >= 0 && i < rows.size() ? table.ref(col, rows.get(i)) : null;
        log.add(
                table.sheet,
                cell,
                table.headerOf(col),
                null,
                null,
                Severity.ERROR,
                new Message(problem.messageKey(), problem.args()));
    }

    /** Logs an error at a cell; returns false, for {@code ok = error(...)}. */
    private boolean error(
            SheetTable table,
            int i,
            int rowNumber,
            @Nullable String found,
            @Nullable Message expected,
            String key,
            Object... args) {
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
