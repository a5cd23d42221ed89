package org.workbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;

/**
 * Applies the format page to the rows a reader finds: headers, cell values, ranges and the rules across sheets.
 * Readers only find cells; everything the format says happens here, the same for .xlsx, .xls and .csv.
 */
final class ScenarioAssembler implements RowSink {
    private static final Object INVALID = new Object();

    private final ProblemLog log;
    private final ImportOptions options;
    private final EnumMap<SheetRole, String> sheets = new EnumMap<>(SheetRole.class);
    private final EnumMap<ScenarioField, Object> fields = new EnumMap<>(ScenarioField.class);
    private final EnumMap<ScenarioField, String> fieldCells = new EnumMap<>(ScenarioField.class);
    private final EnumMap<ScenarioField, String> fieldHeaders = new EnumMap<>(ScenarioField.class);
    private final Table industries = new Table(IndustryColumn.values());
    private final Table incentives = new Table(IncentiveColumn.values());
    private final Table scenarioSheet =
            new Table(new ColumnDef[] {ScenarioField.FIELD_HEADER, ScenarioField.VALUE_HEADER});

    private @Nullable SheetRole role;
    private String sheetName = "";
    private long rowsRead;
    private int dataRows;

    ScenarioAssembler(ProblemLog log, ImportOptions options) {
        this.log = log;
        this.options = options;
    }

    /** Thrown to stop reading once a file holds more rows than allowed; the problem is already logged. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean startSheet(String name) {
        role = null;
        sheetName = name;
        SheetRole found = SheetRole.of(name).orElse(null);
        if (found == null) {
            warn(null, null, name, Message.of("problem.sheet.unknown", name));
            return false;
        }
        if (!found.input()) {
            return false;
        }
        String earlier = sheets.putIfAbsent(found, name);
        if (earlier != null) {
            error(null, null, name, null, Message.of("problem.sheet.duplicate", name, earlier));
            return false;
        }
        role = found;
        return true;
    }

    @Override
    public void row(int rowNumber, List<CellValue> cells) {
        checkpoint();
        if (role == null || cells.isEmpty()) {
            return;
        }
        Table table = table(role);
        if (!table.hasHeader()) {
            if (cells.stream().allMatch(CellValue::blank)) {
                return;
            }
            readHeader(table, rowNumber, cells);
            return;
        }
        CellValue[] byDef = table.byDef(cells);
        if (Arrays.stream(byDef).allMatch(c -> c == null || c.blank())) {
            return;
        }
        if (++dataRows > options.maxDataRows()) {
            error(null, null, null, null, Message.of("problem.file.tooManyRows", options.maxDataRows()));
            throw new TooManyRows();
        }
        if (role == SheetRole.SCENARIO) {
            readField(rowNumber, byDef);
        } else {
            readTableRow(table, rowNumber, byDef);
        }
    }

    private void checkpoint() {
        if (options.cancelled().getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("import cancelled");
        }
        if (++rowsRead % ImportOptions.PROGRESS_STEP == 0) {
            options.progress().accept(rowsRead);
        }
    }

    @Override
    public void endSheet() {
        if (role != null && !table(role).hasHeader()) {
            error(null, null, null, null, Message.of("problem.sheet.noHeader", sheetName));
        }
        role = null;
    }

    private Table table(SheetRole sheetRole) {
        return switch (sheetRole) {
            case SCENARIO -> scenarioSheet;
            case INDUSTRIES -> industries;
            case INCENTIVES -> incentives;
            default -> throw new IllegalStateException("not an input sheet: " + sheetRole);
        };
    }

    private void readHeader(Table table, int rowNumber, List<CellValue> cells) {
        table.sheet = sheetName;
        table.headerRow = rowNumber;
        for (CellValue cell : cells) {
            String text = CellParser.text(cell);
            if (text == null || text.isBlank()) {
                continue;
            }
            String ref = CellRefs.cell(cell.column(), rowNumber);
            ColumnDef def = table.match(text);
            if (def == null) {
                warn(ref, text, text, Message.of("problem.column.unknown", text));
            } else if (table.column[table.index(def)] >= 0) {
                error(ref, text, text, null, Message.of("problem.column.duplicate", text));
            } else {
                table.map(def, cell.column(), text);
            }
        }
        for (ColumnDef def : table.defs) {
            boolean needed = def.rule().required() && !def.rule().hasDefault();
            if (table.column[table.index(def)] < 0 && needed) {
                error(
                        null,
                        def.english(),
                        null,
                        null,
                        Message.of("problem.column.missing", def.english() + " / " + def.chinese()));
            }
        }
    }

    private void readField(int rowNumber, CellValue[] byDef) {
        CellValue nameCell = byDef[0];
        String fieldName = nameCell == null ? null : CellParser.text(nameCell);
        if (fieldName == null || fieldName.isBlank()) {
            int col = scenarioSheet.column[0];
            error(
                    CellRefs.cell(col, rowNumber),
                    scenarioSheet.header[0],
                    null,
                    null,
                    Message.of("problem.field.noName"));
            return;
        }
        ScenarioField field = null;
        for (ScenarioField f : ScenarioField.values()) {
            if (f.matches(fieldName)) {
                field = f;
            }
        }
        String nameRef = CellRefs.cell(nameCell.column(), rowNumber);
        if (field == null) {
            warn(nameRef, fieldName, fieldName, Message.of("problem.field.unknown", fieldName));
            return;
        }
        if (fields.containsKey(field)) {
            error(nameRef, fieldName, fieldName, null, Message.of("problem.field.duplicate", fieldName));
            return;
        }
        int valueCol = scenarioSheet.column[1];
        String ref = valueCol < 0 ? null : CellRefs.cell(valueCol, rowNumber);
        Object value = readValue(field, byDef[1], ref, fieldName, valueCol >= 0);
        fields.put(field, value == null ? Values.ABSENT : value);
        fieldHeaders.put(field, fieldName);
        if (ref != null) {
            fieldCells.put(field, ref);
        }
    }

    private void readTableRow(Table table, int rowNumber, CellValue[] byDef) {
        Object[] values = new Object[table.defs.length];
        boolean ok = true;
        for (int i = 0; i < values.length; i++) {
            ColumnDef def = table.defs[i];
            int col = table.column[i];
            String ref = col < 0 ? null : CellRefs.cell(col, rowNumber);
            Object value = readValue(def, byDef[i], ref, table.header[i], col >= 0);
            if (value == INVALID) {
                ok = false;
            }
            values[i] = value;
        }
        table.rows.add(new Row(rowNumber, values, ok));
    }

    /**
     * The value of one cell under a rule: a String, Double, IncentiveType, null (blank, no default) or INVALID
     * (problem logged).
     */
    private @Nullable Object readValue(
            ColumnDef def, @Nullable CellValue cell, @Nullable String ref, @Nullable String header, boolean present) {
        Rule rule = def.rule();
        if (cell == null || cell.blank()) {
            if (rule.hasDefault()) {
                return rule.defaultValue();
            }
            if (rule.required()) {
                if (present || def instanceof ScenarioField) {
                    error(ref, header, "", rule.expected(), Message.of("problem.cell.required"));
                }
                return INVALID;
            }
            return null;
        }
        ValueKind kind = rule.kind();
        if (!kind.numeric()) {
            String text = CellParser.text(cell);
            if (text == null) {
                Message why = cell.kind() == CellValue.Kind.ERROR
                        ? Message.of("problem.cell.errorValue", cell.text())
                        : Message.of("problem.cell.tooLong", Numbers.plain(cell.number()), Rule.MAX_CELL_TEXT);
                error(ref, header, cell.display(), rule.expected(), why);
                return INVALID;
            }
            return switch (kind) {
                case TYPE -> {
                    IncentiveType type = IncentiveTypes.parse(text).orElse(null);
                    if (type == null) {
                        error(ref, header, cell.display(), rule.expected(), Message.of("problem.cell.unknownType"));
                        yield INVALID;
                    }
                    yield type;
                }
                case CURRENCY -> {
                    String code = CellParser.currency(text);
                    if (code == null) {
                        error(ref, header, cell.display(), rule.expected(), Message.of("problem.cell.currency"));
                        yield INVALID;
                    }
                    yield code;
                }
                default -> {
                    if (text.length() < rule.min() || text.length() > rule.max()) {
                        error(ref, header, cell.display(), rule.expected(), Message.of("problem.cell.textLength"));
                        yield INVALID;
                    }
                    yield text;
                }
            };
        }
        CellParser.Reading reading = CellParser.number(cell, kind);
        if (reading.error() != null) {
            error(ref, header, cell.display(), rule.expected(), reading.error());
            return INVALID;
        }
        if (reading.warning() != null) {
            warn(ref, header, cell.display(), reading.warning());
        }
        if (!rule.accepts(reading.value())) {
            error(ref, header, cell.display(), rule.expected(), Message.of("problem.cell.outOfRange"));
            return INVALID;
        }
        return reading.value();
    }

    /** The scenario, or every problem: called once all sheets were read. */
    ImportResult finish() {
        Scenario base = options.base();
        for (SheetRole input : List.of(SheetRole.SCENARIO, SheetRole.INDUSTRIES, SheetRole.INCENTIVES)) {
            if (!sheets.containsKey(input) && base == null) {
                log.file(Message.of(
                        "problem.sheet.missing", input.english() + " / " + input.title(java.util.Locale.CHINESE)));
            }
        }
        ScenarioSettings settings;
        List<Industry> industryList;
        List<Incentive> incentiveList;
        try {
            settings = sheets.containsKey(SheetRole.SCENARIO) ? settings() : base == null ? null : base.settings();
            industryList = sheets.containsKey(SheetRole.INDUSTRIES)
                    ? industries()
                    : base == null ? List.of() : base.industries();
            incentiveList = sheets.containsKey(SheetRole.INCENTIVES)
                    ? incentives(settings, industryList)
                    : base == null ? List.of() : base.incentives();
        } catch (IllegalArgumentException e) {
            // the domain's own constructors refused a value that passed the format's rules
            log.file(Message.of("problem.scenario.rejected", String.valueOf(e.getMessage())));
            return new ImportResult.Rejected(log.all());
        }
        if (!sheets.containsKey(SheetRole.INCENTIVES) && base != null && sheets.containsKey(SheetRole.INDUSTRIES)) {
            checkKeptIncentives(incentiveList, industryList);
        }
        if (log.hasErrors() || settings == null) {
            return new ImportResult.Rejected(log.all());
        }
        Scenario scenario;
        try {
            scenario = new Scenario(settings, industryList, incentiveList);
        } catch (IllegalArgumentException e) {
            log.file(Message.of("problem.scenario.rejected", String.valueOf(e.getMessage())));
            return new ImportResult.Rejected(log.all());
        }
        return new ImportResult.Imported(scenario, log.warnings());
    }

    private @Nullable ScenarioSettings settings() {
        String sheet = sheets.get(SheetRole.SCENARIO);
        boolean complete = true;
        for (ScenarioField field : ScenarioField.values()) {
            Object value = fields.get(field);
            if (value == null && field.rule().required()) {
                log.add(
                        sheet,
                        null,
                        field.english(),
                        null,
                        field.rule().expected(),
                        Severity.ERROR,
                        Message.of("problem.field.missing", field.english() + " / " + field.chinese()));
            }
            if (value == INVALID
                    || (value == null || value == Values.ABSENT) && field.rule().required()) {
                complete = false;
            }
        }
        if (!complete) {
            return null;
        }
        String currency = text(ScenarioField.CURRENCY);
        return new ScenarioSettings(
                text(ScenarioField.NAME),
                text(ScenarioField.CITY),
                (int) number(ScenarioField.BASE_YEAR),
                (int) number(ScenarioField.HORIZON_YEARS),
                number(ScenarioField.DISCOUNT_RATE),
                number(ScenarioField.HOUSEHOLD_SIZE),
                number(ScenarioField.IN_MIGRANT_SHARE),
                number(ScenarioField.SERVICE_COST_PER_RESIDENT),
                currency == null ? ScenarioField.DEFAULT_CURRENCY : currency,
                text(ScenarioField.DESCRIPTION));
    }

    private @Nullable String text(ScenarioField field) {
        Object value = fields.get(field);
        return value instanceof String s ? s : null;
    }

    private double number(ScenarioField field) {
        return (Double) fields.get(field);
    }

    private List<Industry> industries() {
        List<Industry> result = new ArrayList<>(industries.rows.size());
        Set<String> codes = new HashSet<>();
        for (Row row : industries.rows) {
            String code = (String) row.values[IndustryColumn.CODE.ordinal()];
            if (row.ok && !codes.add(code)) {
                cellError(
                        industries,
                        row,
                        IndustryColumn.CODE,
                        code,
                        null,
                        Message.of("problem.cell.duplicateCode", code));
                continue;
            }
            if (row.ok && !log.hasErrors()) {
                result.add(new Industry(
                        code,
                        (String) row.values[IndustryColumn.NAME.ordinal()],
                        row.number(IndustryColumn.BASELINE_JOBS),
                        row.number(IndustryColumn.VALUE_ADDED_PER_JOB),
                        row.number(IndustryColumn.PRODUCTIVITY_GROWTH),
                        row.number(IndustryColumn.AVERAGE_WAGE),
                        row.number(IndustryColumn.TAX_RATE),
                        row.number(IndustryColumn.EMPLOYMENT_MULTIPLIER),
                        row.number(IndustryColumn.DISPLACEMENT)));
            }
        }
        return result;
    }

    private List<Incentive> incentives(@Nullable ScenarioSettings settings, List<Industry> industryList) {
        Set<String> industryCodes = new HashSet<>();
        industryList.forEach(i -> industryCodes.add(i.code()));
        if (sheets.containsKey(SheetRole.INDUSTRIES)) {
            for (Row row : industries.rows) {
                if (row.values[IndustryColumn.CODE.ordinal()] instanceof String code) {
                    industryCodes.add(code);
                }
            }
        }
        List<Incentive> result = new ArrayList<>(incentives.rows.size());
        Set<String> codes = new HashSet<>();
        for (Row row : incentives.rows) {
            Object[] v = row.values;
            String code = v[IncentiveColumn.CODE.ordinal()] instanceof String s ? s : null;
            if (code != null && !codes.add(code)) {
                cellError(
                        incentives,
                        row,
                        IncentiveColumn.CODE,
                        code,
                        null,
                        Message.of("problem.cell.duplicateCode", code));
                row.ok = false;
            }
            if (v[IncentiveColumn.INDUSTRY.ordinal()] instanceof String industry && !industryCodes.contains(industry)) {
                cellError(
                        incentives,
                        row,
                        IncentiveColumn.INDUSTRY,
                        industry,
                        Message.of("expected.industryCode"),
                        Message.of("problem.cell.unknownIndustry", industry));
                row.ok = false;
            }
            IncentiveType type = v[IncentiveColumn.TYPE.ordinal()] instanceof IncentiveType t ? t : null;
            Double start = v[IncentiveColumn.START_YEAR.ordinal()] instanceof Double d ? d : null;
            if (start != null && settings != null) {
                int first = settings.baseYear() + 1;
                int last = settings.baseYear() + settings.horizonYears();
                if (start < first || start > last) {
                    cellError(
                            incentives,
                            row,
                            IncentiveColumn.START_YEAR,
                            Numbers.plain(start),
                            Message.of("expected.year.within", first, last),
                            Message.of("problem.cell.startYearOutside"));
                    row.ok = false;
                }
            }
            if (type != null) {
                row.ok &= typeRules(row, type, start);
            }
            if (row.ok && !log.hasErrors()) {
                result.add(incentive(row, type));
            }
        }
        return result;
    }

    private boolean typeRules(Row row, IncentiveType type, @Nullable Double start) {
        Object[] v = row.values;
        boolean ok = true;
        Object exitYear = v[IncentiveColumn.EXIT_YEAR.ordinal()];
        Object exitMultiple = v[IncentiveColumn.EXIT_MULTIPLE.ordinal()];
        if (type == IncentiveType.EQUITY) {
            for (IncentiveColumn column : List.of(IncentiveColumn.EXIT_YEAR, IncentiveColumn.EXIT_MULTIPLE)) {
                if (v[column.ordinal()] == null) {
                    cellError(
                            incentives,
                            row,
                            column,
                            "",
                            column.rule().expected(),
                            Message.of("problem.cell.requiredForEquity"));
                    ok = false;
                }
            }
            if (exitYear instanceof Double exit && start != null && exit <= start) {
                cellError(
                        incentives,
                        row,
                        IncentiveColumn.EXIT_YEAR,
                        Numbers.plain(exit),
                        Message.of("expected.year.after", Numbers.plain(start)),
                        Message.of("problem.cell.exitNotAfterStart"));
                ok = false;
            }
        } else {
            for (IncentiveColumn column : List.of(IncentiveColumn.EXIT_YEAR, IncentiveColumn.EXIT_MULTIPLE)) {
                if (v[column.ordinal()] instanceof Double d) {
                    cellWarning(
                            incentives,
                            row,
                            column,
                            Numbers.plain(d),
                            Message.of("problem.cell.equityOnly", type.name()));
                    v[column.ordinal()] = null;
                }
            }
        }
        if (type != IncentiveType.TALENT_SUBSIDY
                && v[IncentiveColumn.TALENTS.ordinal()] instanceof Double talents
                && talents != 0) {
            cellWarning(
                    incentives,
                    row,
                    IncentiveColumn.TALENTS,
                    Numbers.plain(talents),
                    Message.of("problem.cell.talentsOnly", type.name()));
        }
        if (type == IncentiveType.TAX_REBATE
                && v[IncentiveColumn.AMOUNT.ordinal()] instanceof Double amount
                && amount > 1) {
            cellError(
                    incentives,
                    row,
                    IncentiveColumn.AMOUNT,
                    Numbers.plain(amount),
                    Message.of("expected.share.between", 0, 1),
                    Message.of("problem.cell.rebateShare"));
            ok = false;
        }
        return ok;
    }

    private static Incentive incentive(Row row, @Nullable IncentiveType type) {
        Object[] v = row.values;
        Object exitYear = v[IncentiveColumn.EXIT_YEAR.ordinal()];
        Object exitMultiple = v[IncentiveColumn.EXIT_MULTIPLE.ordinal()];
        return new Incentive(
                (String) v[IncentiveColumn.CODE.ordinal()],
                (String) v[IncentiveColumn.NAME.ordinal()],
                java.util.Objects.requireNonNull(type),
                (String) v[IncentiveColumn.INDUSTRY.ordinal()],
                (int) row.number(IncentiveColumn.START_YEAR),
                (int) row.number(IncentiveColumn.DURATION),
                row.number(IncentiveColumn.COMMITTED_JOBS),
                (int) row.number(IncentiveColumn.RAMP_YEARS),
                row.number(IncentiveColumn.BUT_FOR_SHARE),
                row.number(IncentiveColumn.AMOUNT),
                row.number(IncentiveColumn.TALENTS),
                exitYear instanceof Double d ? (int) d.doubleValue() : null,
                exitMultiple instanceof Double d ? d : null);
    }

    /** A new Industries sheet uploaded into a base scenario must still hold every code its incentives use. */
    private void checkKeptIncentives(List<Incentive> kept, List<Industry> industryList) {
        Set<String> codes = new HashSet<>();
        industryList.forEach(i -> codes.add(i.code()));
        for (Incentive incentive : kept) {
            if (!codes.contains(incentive.industryCode())) {
                log.add(
                        sheets.get(SheetRole.INDUSTRIES),
                        null,
                        IncentiveColumn.INDUSTRY.english(),
                        incentive.industryCode(),
                        Message.of("expected.industryCode"),
                        Severity.ERROR,
                        Message.of("problem.sheet.industryStillUsed", incentive.industryCode(), incentive.code()));
            }
        }
    }

    private void cellError(
            Table table, Row row, ColumnDef def, @Nullable String found, @Nullable Message expected, Message message) {
        int i = table.index(def);
        String ref = table.column[i] < 0 ? null : CellRefs.cell(table.column[i], row.rowNumber);
        log.add(table.sheet, ref, headerOf(table, i, def), found, expected, Severity.ERROR, message);
    }

    private void cellWarning(Table table, Row row, ColumnDef def, @Nullable String found, Message message) {
        int i = table.index(def);
        String ref = table.column[i] < 0 ? null : CellRefs.cell(table.column[i], row.rowNumber);
        log.add(table.sheet, ref, headerOf(table, i, def), found, null, Severity.WARNING, message);
    }

    private static String headerOf(Table table, int i, ColumnDef def) {
        String header = table.header[i];
        return header == null ? def.english() : header;
    }

    private void error(
            @Nullable String cell,
            @Nullable String header,
            @Nullable String found,
            @Nullable Message expected,
            Message message) {
        log.add(sheetName, cell, header, found, expected, Severity.ERROR, message);
    }

    private void warn(@Nullable String cell, @Nullable String header, @Nullable String found, Message message) {
        log.add(sheetName, cell, header, found, null, Severity.WARNING, message);
    }

    /** Marks a Scenario field that was present but blank and optional. */
    private enum Values {
        ABSENT
    }

    /** One data row of a table sheet: the values by column definition, and whether all were valid. */
    private static final class Row {
        final int rowNumber;
        final Object[] values;
        boolean ok;

        Row(int rowNumber, Object[] values, boolean ok) {
            this.rowNumber = rowNumber;
            this.values = values;
            this.ok = ok;
        }

        double number(ColumnDef def) {
            return (Double) values[((Enum<?>) def).ordinal()];
        }
    }

    /** A sheet's header mapping and its rows. */
    private static final class Table {
        final ColumnDef[] defs;
        final int[] column;
        final @Nullable String[] header;
        final List<Row> rows = new ArrayList<>();

        @Nullable
        String sheet;

        int headerRow;
        private int[] fastDefByColumn = new int[0];

        Table(ColumnDef[] defs) {
            this.defs = defs;
            this.column = new int[defs.length];
            this.header = new String[defs.length];
            Arrays.fill(column, -1);
        }

        boolean hasHeader() {
            return headerRow > 0;
        }

        int index(ColumnDef def) {
            for (int i = 0; i < defs.length; i++) {
                if (defs[i] == def) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not a column of this sheet: " + def);
        }

        @Nullable
        ColumnDef match(String text) {
            for (ColumnDef def : defs) {
                if (def.matches(text)) {
                    return def;
                }
            }
            return null;
        }

        void map(ColumnDef def, int col, String text) {
            int i = index(def);
            column[i] = col;
            header[i] = text;
            if (col >= fastDefByColumn.length) {
                int old = fastDefByColumn.length;
                fastDefByColumn = Arrays.copyOf(fastDefByColumn, col + 1);
                Arrays.fill(fastDefByColumn, old, fastDefByColumn.length, -1);
            }
            fastDefByColumn[col] = i;
        }

        CellValue[] byDef(List<CellValue> cells) {
            CellValue[] result = new CellValue[defs.length];
            for (CellValue cell : cells) {
                int col = cell.column();
                if (col < fastDefByColumn.length && fastDefByColumn[col] >= 0) {
                    result[fastDefByColumn[col]] = cell;
                }
            }
            return result;
        }
    }
}
