package org.workbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.DomainProblem;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.ItemKind;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioInvalidException;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.ScenarioValidator;

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
            if (allBlank(cells)) {
                return;
            }
            readHeader(table, rowNumber, cells);
            return;
        }
        CellValue[] byDef = table.byDef(cells);
        if (allBlank(byDef)) {
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

    private static boolean allBlank(List<CellValue> cells) {
        for (int i = 0, n = cells.size(); i < n; i++) {
            if (!cells.get(i).blank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allBlank(@Nullable CellValue[] cells) {
        for (CellValue cell : cells) {
            if (cell != null && !cell.blank()) {
                return false;
            }
        }
        return true;
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
        String ref = ref(valueCol, rowNumber);
        Object value = readValue(field, byDef[1], valueCol, rowNumber, fieldName);
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
            Object value = readValue(def, byDef[i], col, rowNumber, table.header[i]);
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
            ColumnDef def, @Nullable CellValue cell, int column, int rowNumber, @Nullable String header) {
        boolean present = column >= 0;
        Rule rule = def.rule();
        if (cell == null || cell.blank()) {
            if (rule.hasDefault()) {
                return rule.defaultValue();
            }
            if (rule.required()) {
                if (present || def instanceof ScenarioField) {
                    error(ref(column, rowNumber), header, "", rule.expected(), Message.of("problem.cell.required"));
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
                error(ref(column, rowNumber), header, cell.display(), rule.expected(), why);
                return INVALID;
            }
            return switch (kind) {
                case TYPE -> {
                    IncentiveType type = IncentiveTypes.parse(text).orElse(null);
                    if (type == null) {
                        error(
                                ref(column, rowNumber),
                                header,
                                cell.display(),
                                rule.expected(),
                                Message.of("problem.cell.unknownType"));
                        yield INVALID;
                    }
                    yield type;
                }
                case CURRENCY -> {
                    String code = CellParser.currency(text);
                    if (code == null) {
                        error(
                                ref(column, rowNumber),
                                header,
                                cell.display(),
                                rule.expected(),
                                Message.of("problem.cell.currency"));
                        yield INVALID;
                    }
                    yield code;
                }
                default -> {
                    if (text.length() < rule.min() || text.length() > rule.max()) {
                        error(
                                ref(column, rowNumber),
                                header,
                                cell.display(),
                                rule.expected(),
                                Message.of("problem.cell.textLength"));
                        yield INVALID;
                    }
                    yield text;
                }
            };
        }
        CellParser.Reading reading = CellParser.number(cell, kind);
        if (reading.error() != null) {
            error(ref(column, rowNumber), header, cell.display(), rule.expected(), reading.error());
            return INVALID;
        }
        if (reading.warning() != null) {
            warn(ref(column, rowNumber), header, cell.display(), reading.warning());
        }
        if (!rule.accepts(reading.value())) {
            error(
                    ref(column, rowNumber),
                    header,
                    cell.display(),
                    rule.expected(),
                    Message.of("problem.cell.outOfRange"));
            return INVALID;
        }
        return reading.value();
    }

    /** A cell reference, built only when a problem needs one: most cells have none. */
    private static @Nullable String ref(int column, int rowNumber) {
        return column < 0 ? null : CellRefs.cell(column, rowNumber);
    }

    /** The scenario, or every problem: called once all sheets were read. */
    ImportResult finish() {
        Scenario base = options.base();
        for (SheetRole input : List.of(SheetRole.SCENARIO, SheetRole.INDUSTRIES, SheetRole.INCENTIVES)) {
            if (!sheets.containsKey(input) && base == null) {
                log.file(Message.of(
                        "problem.sheet.missing", input.english() + " / " + input.title(Locale.SIMPLIFIED_CHINESE)));
            }
        }
        if (base == null && sheets.size() < 3) {
            if (sheets.containsKey(SheetRole.SCENARIO)) {
                settingsDraft(); // still reports the missing fields: all problems at once
            }
            return new ImportResult.Rejected(log.all());
        }
        ScenarioSettings.Draft settings = sheets.containsKey(SheetRole.SCENARIO)
                ? settingsDraft()
                : ScenarioSettings.Draft.of(Objects.requireNonNull(base).settings());
        List<Industry.Draft> industryDrafts = sheets.containsKey(SheetRole.INDUSTRIES)
                ? industryDrafts()
                : Objects.requireNonNull(base).industries().stream()
                        .map(Industry.Draft::of)
                        .toList();
        List<Incentive.Draft> incentiveDrafts = sheets.containsKey(SheetRole.INCENTIVES)
                ? incentiveDrafts(settings, industryDrafts)
                : Objects.requireNonNull(base).incentives().stream()
                        .map(Incentive.Draft::of)
                        .toList();
        if (!log.hasErrors()) {
            Scenario scenario = buildChecked(settings, industryDrafts, incentiveDrafts);
            if (scenario != null) {
                return new ImportResult.Imported(scenario, log.warnings());
            }
        }
        report(ScenarioValidator.validate(settings, industryDrafts, incentiveDrafts));
        if (log.hasErrors()) {
            return new ImportResult.Rejected(log.all());
        }
        try {
            Scenario scenario = ScenarioValidator.toScenario(settings, industryDrafts, incentiveDrafts);
            return new ImportResult.Imported(scenario, log.warnings());
        } catch (ScenarioInvalidException e) {
            report(e.problems());
            if (!log.hasErrors()) {
                log.file(Message.of("problem.scenario.rejected", String.valueOf(e.getMessage())));
            }
            return new ImportResult.Rejected(log.all());
        }
    }

    /**
     * The scenario built in one pass, each record checked once by its own constructor and the rules across items
     * once by Scenario's; null when any rule is broken, and the caller then asks the validator for every problem at
     * its place. A file the format found nothing wrong with is nearly always valid, so this is the common path, and
     * it accepts exactly the scenarios {@code ScenarioValidator.validate} finds no problem in: the records hold the
     * drafts' values with their defaults, which is what the validator checks.
     */
    private static @Nullable Scenario buildChecked(
            ScenarioSettings.Draft settings,
            List<Industry.Draft> industryDrafts,
            List<Incentive.Draft> incentiveDrafts) {
        try {
            ScenarioSettings built = settings.toSettings();
            List<Industry> industryList = new ArrayList<>(industryDrafts.size());
            for (Industry.Draft draft : industryDrafts) {
                Industry industry = industry(draft.withDefaults());
                if (industry == null) {
                    return null;
                }
                industryList.add(industry);
            }
            List<Incentive> incentiveList = new ArrayList<>(incentiveDrafts.size());
            for (Incentive.Draft draft : incentiveDrafts) {
                Incentive incentive = incentive(draft.withDefaults());
                if (incentive == null) {
                    return null;
                }
                incentiveList.add(incentive);
            }
            return new Scenario(built, industryList, incentiveList);
        } catch (ScenarioInvalidException e) {
            return null;
        }
    }

    /** The record of a draft whose defaults are applied, or null when a value without a default is missing. */
    private static @Nullable Industry industry(Industry.Draft d) {
        if (d.code() == null || d.name() == null || d.valueAddedPerJob() == null || d.taxRate() == null) {
            return null;
        }
        return new Industry(
                d.code(),
                d.name(),
                Objects.requireNonNull(d.baselineJobs()),
                d.valueAddedPerJob(),
                Objects.requireNonNull(d.productivityGrowth()),
                Objects.requireNonNull(d.averageWage()),
                d.taxRate(),
                Objects.requireNonNull(d.employmentMultiplier()),
                Objects.requireNonNull(d.displacement()));
    }

    /** The record of a draft whose defaults are applied, or null when a value without a default is missing. */
    private static @Nullable Incentive incentive(Incentive.Draft d) {
        if (d.code() == null
                || d.name() == null
                || d.type() == null
                || d.industryCode() == null
                || d.startYear() == null
                || d.butForShare() == null
                || d.amount() == null) {
            return null;
        }
        return new Incentive(
                d.code(),
                d.name(),
                d.type(),
                d.industryCode(),
                d.startYear(),
                Objects.requireNonNull(d.durationYears()),
                Objects.requireNonNull(d.committedJobs()),
                Objects.requireNonNull(d.rampYears()),
                d.butForShare(),
                d.amount(),
                Objects.requireNonNull(d.talents()),
                d.exitYear(),
                d.exitMultiple());
    }

    private ScenarioSettings.Draft settingsDraft() {
        String sheet = sheets.get(SheetRole.SCENARIO);
        for (ScenarioField field : ScenarioField.values()) {
            if (fields.get(field) == null && field.rule().required()) {
                log.add(
                        sheet,
                        null,
                        field.english(),
                        null,
                        field.rule().expected(),
                        Severity.ERROR,
                        Message.of("problem.field.missing", field.english() + " / " + field.chinese()));
            }
        }
        return new ScenarioSettings.Draft(
                text(ScenarioField.NAME),
                text(ScenarioField.CITY),
                integer(fields.get(ScenarioField.BASE_YEAR)),
                integer(fields.get(ScenarioField.HORIZON_YEARS)),
                real(fields.get(ScenarioField.DISCOUNT_RATE)),
                real(fields.get(ScenarioField.HOUSEHOLD_SIZE)),
                real(fields.get(ScenarioField.IN_MIGRANT_SHARE)),
                real(fields.get(ScenarioField.SERVICE_COST_PER_RESIDENT)),
                text(ScenarioField.CURRENCY),
                text(ScenarioField.DESCRIPTION));
    }

    private @Nullable String text(ScenarioField field) {
        return fields.get(field) instanceof String s ? s : null;
    }

    private static @Nullable Double real(@Nullable Object value) {
        return value instanceof Double d ? d : null;
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value instanceof Double d ? Integer.valueOf((int) d.doubleValue()) : null;
    }

    private static @Nullable String string(@Nullable Object value) {
        return value instanceof String s ? s : null;
    }

    private List<Industry.Draft> industryDrafts() {
        List<Industry.Draft> result = new ArrayList<>(industries.rows.size());
        Set<String> codes = new HashSet<>();
        for (Row row : industries.rows) {
            Object[] v = row.values;
            String code = string(v[IndustryColumn.CODE.ordinal()]);
            if (code != null && !codes.add(code)) {
                cellError(
                        industries,
                        row,
                        IndustryColumn.CODE,
                        code,
                        null,
                        Message.of("problem.cell.duplicateCode", code));
            }
            result.add(new Industry.Draft(
                    code,
                    string(v[IndustryColumn.NAME.ordinal()]),
                    real(v[IndustryColumn.BASELINE_JOBS.ordinal()]),
                    real(v[IndustryColumn.VALUE_ADDED_PER_JOB.ordinal()]),
                    real(v[IndustryColumn.PRODUCTIVITY_GROWTH.ordinal()]),
                    real(v[IndustryColumn.AVERAGE_WAGE.ordinal()]),
                    real(v[IndustryColumn.TAX_RATE.ordinal()]),
                    real(v[IndustryColumn.EMPLOYMENT_MULTIPLIER.ordinal()]),
                    real(v[IndustryColumn.DISPLACEMENT.ordinal()])));
        }
        return result;
    }

    private List<Incentive.Draft> incentiveDrafts(ScenarioSettings.Draft settings, List<Industry.Draft> industryList) {
        Set<String> industryCodes = new HashSet<>();
        industryList.forEach(i -> {
            if (i.code() != null) {
                industryCodes.add(i.code());
            }
        });
        List<Incentive.Draft> result = new ArrayList<>(incentives.rows.size());
        Set<String> codes = HashSet.newHashSet(incentives.rows.size());
        for (Row row : incentives.rows) {
            Object[] v = row.values;
            String code = string(v[IncentiveColumn.CODE.ordinal()]);
            if (code != null && !codes.add(code)) {
                cellError(
                        incentives,
                        row,
                        IncentiveColumn.CODE,
                        code,
                        null,
                        Message.of("problem.cell.duplicateCode", code));
            }
            if (v[IncentiveColumn.INDUSTRY.ordinal()] instanceof String industry && !industryCodes.contains(industry)) {
                cellError(
                        incentives,
                        row,
                        IncentiveColumn.INDUSTRY,
                        industry,
                        Message.of("expected.industryCode"),
                        Message.of("problem.cell.unknownIndustry", industry));
            }
            IncentiveType type = v[IncentiveColumn.TYPE.ordinal()] instanceof IncentiveType t ? t : null;
            Double start = real(v[IncentiveColumn.START_YEAR.ordinal()]);
            Integer baseYear = settings.baseYear();
            Integer horizon = settings.horizonYears();
            if (start != null && baseYear != null && horizon != null) {
                int first = baseYear + 1;
                int last = baseYear + horizon;
                if (start < first || start > last) {
                    cellError(
                            incentives,
                            row,
                            IncentiveColumn.START_YEAR,
                            Numbers.plain(start),
                            Message.of("expected.year.within", first, last),
                            Message.of("problem.cell.startYearOutside"));
                }
            }
            if (type != null) {
                typeRules(row, type, start);
            }
            result.add(new Incentive.Draft(
                    code,
                    string(v[IncentiveColumn.NAME.ordinal()]),
                    type,
                    string(v[IncentiveColumn.INDUSTRY.ordinal()]),
                    integer(v[IncentiveColumn.START_YEAR.ordinal()]),
                    integer(v[IncentiveColumn.DURATION.ordinal()]),
                    real(v[IncentiveColumn.COMMITTED_JOBS.ordinal()]),
                    integer(v[IncentiveColumn.RAMP_YEARS.ordinal()]),
                    real(v[IncentiveColumn.BUT_FOR_SHARE.ordinal()]),
                    real(v[IncentiveColumn.AMOUNT.ordinal()]),
                    real(v[IncentiveColumn.TALENTS.ordinal()]),
                    integer(v[IncentiveColumn.EXIT_YEAR.ordinal()]),
                    real(v[IncentiveColumn.EXIT_MULTIPLE.ordinal()])));
        }
        return result;
    }

    private void typeRules(Row row, IncentiveType type, @Nullable Double start) {
        Object[] v = row.values;
        Object exitYear = v[IncentiveColumn.EXIT_YEAR.ordinal()];
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
            }
        } else {
            // the record holds no exit for other types: say so, and drop it rather than refuse the file
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
        }
    }

    /**
     * Adds the domain validator's problems that the format's own checks have not already reported at the same
     * place, located at the cell of the item's row and field.
     */
    private void report(List<DomainProblem> problems) {
        Set<String> reported = new HashSet<>();
        for (ImportProblem p : log.all()) {
            if (p.isError()) {
                reported.add(p.sheet() + "!" + p.cell() + "|" + (p.cell() == null ? p.header() : ""));
            }
        }
        for (DomainProblem problem : problems) {
            Table table = switch (problem.kind()) {
                case SETTINGS -> null;
                case INDUSTRY -> sheets.containsKey(SheetRole.INDUSTRIES) ? industries : null;
                case INCENTIVE -> sheets.containsKey(SheetRole.INCENTIVES) ? incentives : null;
            };
            String sheet;
            String cell = null;
            String header = null;
            String found = null;
            if (problem.kind() == ItemKind.SETTINGS && sheets.containsKey(SheetRole.SCENARIO)) {
                sheet = sheets.get(SheetRole.SCENARIO);
                ScenarioField field = problem.field() == null ? null : ScenarioField.ofComponent(problem.field());
                if (field != null) {
                    cell = fieldCells.get(field);
                    header = fieldHeaders.getOrDefault(field, field.english());
                    Object value = fields.get(field);
                    found = value instanceof Double d ? Numbers.plain(d) : value instanceof String s ? s : null;
                }
            } else if (table != null && problem.index() >= 0 && problem.index() < table.rows.size()) {
                sheet = table.sheet;
                Row row = table.rows.get(problem.index());
                ColumnDef def = problem.field() == null ? null : column(problem.kind(), problem.field());
                if (def != null) {
                    int i = table.index(def);
                    cell = table.column[i] < 0 ? null : CellRefs.cell(table.column[i], row.rowNumber);
                    header = headerOf(table, i, def);
                    Object value = row.values[i];
                    found = value instanceof Double d ? Numbers.plain(d) : value instanceof String s ? s : null;
                } else {
                    cell = CellRefs.cell(0, row.rowNumber);
                }
            } else {
                sheet = null;
                header = problem.item();
            }
            String key = sheet + "!" + cell + "|" + (cell == null ? header : "");
            if (reported.add(key)) {
                log.add(
                        sheet,
                        cell,
                        header,
                        found,
                        null,
                        Severity.ERROR,
                        new Message(problem.messageKey(), problem.args()));
            }
        }
    }

    private static @Nullable ColumnDef column(ItemKind kind, String field) {
        return kind == ItemKind.INDUSTRY ? IndustryColumn.ofComponent(field) : IncentiveColumn.ofComponent(field);
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
        private final @Nullable CellValue[] byDef;

        Table(ColumnDef[] defs) {
            this.defs = defs;
            this.column = new int[defs.length];
            this.header = new String[defs.length];
            this.byDef = new CellValue[defs.length];
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

        /** The row's cells by column definition, in an array reused for every row (nothing keeps a cell). */
        @Nullable
        CellValue[] byDef(List<CellValue> cells) {
            @Nullable CellValue[] result = byDef;
            Arrays.fill(result, null);
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
