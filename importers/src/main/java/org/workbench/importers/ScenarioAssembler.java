package org.workbench.importers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Actual;
import org.workbench.domain.Incentive;
import org.workbench.domain.Industry;
import org.workbench.domain.InputRange;
import org.workbench.domain.InputSource;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioInvalidException;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.ScenarioValidator;

/**
 * Applies the format page to the rows a reader finds: headers, cell values, ranges and the rules across sheets.
 * Readers only find cells; everything the format says happens here, the same for .xlsx, .xls and .csv.
 */
final class ScenarioAssembler implements RowSink {
    private final ProblemLog log;
    private final ImportOptions options;
    private final CellReader reader;
    private final EnumMap<SheetRole, String> sheets = new EnumMap<>(SheetRole.class);
    private final ScenarioRows fields = new ScenarioRows();
    private final SheetTable industries =
            new SheetTable(Stream.concat(FieldColumn.INDUSTRIES.stream(), Stream.of(LinkColumn.values()))
                    .toList());
    private final SectorLinks.BlankMultipliers blankMultipliers = new SectorLinks.BlankMultipliers();
    private SectorLinks.@Nullable ScenarioField setField;
    private final SheetTable incentives = new SheetTable(FieldColumn.INCENTIVES);
    private final SheetTable scenarioSheet =
            new SheetTable(List.of(FieldColumn.FIELD_HEADER, FieldColumn.VALUE_HEADER));
    private final ExtraSheets extra;
    private final SourceSheet sources;

    private @Nullable SheetRole role;
    private String sheetName = "";
    private long rowsRead;
    private int dataRows;

    ScenarioAssembler(ProblemLog log, ImportOptions options) {
        this.log = log;
        this.options = options;
        this.reader = new CellReader(log);
        this.extra = new ExtraSheets(log, reader);
        this.sources = new SourceSheet(log, reader);
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
        SheetTable table = table(role);
        if (!table.hasHeader()) {
            if (CellValue.allBlank(cells)) {
                return;
            }
            table.readHeader(sheetName, rowNumber, cells, log);
            return;
        }
        CellValue[] byDef = table.byDef(cells);
        if (CellValue.allBlank(byDef)) {
            return;
        }
        if (++dataRows > options.maxDataRows()) {
            error(null, null, null, null, Message.of("problem.file.tooManyRows", options.maxDataRows()));
            throw new TooManyRows();
        }
        if (role == SheetRole.SCENARIO) {
            readField(rowNumber, byDef);
        } else if (role == SheetRole.RANGES) {
            extra.rangeRow(sheetName, rowNumber, byDef);
        } else if (role == SheetRole.SOURCES) {
            sources.row(sheetName, rowNumber, byDef);
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

    private SheetTable table(SheetRole sheetRole) {
        return switch (sheetRole) {
            case SCENARIO -> scenarioSheet;
            case INDUSTRIES -> industries;
            case INCENTIVES -> incentives;
            case RANGES -> extra.ranges;
            case ACTUALS -> extra.actuals;
            case SOURCES -> sources.table;
            default -> throw new IllegalStateException("not an input sheet: " + sheetRole);
        };
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
        FieldColumn field = null;
        for (FieldColumn f : FieldColumn.SCENARIO) {
            if (f.matches(fieldName)) {
                field = f;
            }
        }
        String nameRef = CellRefs.cell(nameCell.column(), rowNumber);
        if (field == null && LinkColumn.SET.matches(fieldName) && setField == null) {
            int col = scenarioSheet.column[1];
            String ref = col < 0 ? null : CellRefs.cell(col, rowNumber);
            CellRead read = reader.read(sheetName, LinkColumn.SET, byDef[1], col, rowNumber, fieldName, true);
            if (read instanceof CellRead.Value value && value.value() instanceof String text) {
                setField = new SectorLinks.ScenarioField(sheetName, ref, fieldName, text);
            }
            return;
        }
        if (field == null) {
            warn(nameRef, fieldName, fieldName, Message.of("problem.field.unknown", fieldName));
            return;
        }
        if (fields.seen(field)) {
            error(nameRef, fieldName, fieldName, null, Message.of("problem.field.duplicate", fieldName));
            return;
        }
        int valueCol = scenarioSheet.column[1];
        CellRead value = reader.read(sheetName, field, byDef[1], valueCol, rowNumber, fieldName, true);
        fields.put(field, value, valueCol < 0 ? null : CellRefs.cell(valueCol, rowNumber), fieldName);
    }

    private void readTableRow(SheetTable table, int rowNumber, @Nullable CellValue[] byDef) {
        @Nullable Object[] values = new Object[table.defs.size()];
        long invalid = 0;
        for (int i = 0; i < values.length; i++) {
            int col = table.column[i];
            switch (reader.read(sheetName, table.defs.get(i), byDef[i], col, rowNumber, table.header[i], col >= 0)) {
                case CellRead.Value v -> values[i] = v.value();
                case CellRead.Invalid x -> invalid |= 1L << i;
                case CellRead.Blank x -> {}
            }
        }
        if (table == industries) {
            blankMultipliers.note(table.rows.size(), byDef[SectorLinks.MULTIPLIER]);
        }
        table.rows.add(new SheetTable.Row(rowNumber, values, invalid));
    }

    /** The scenario, or every problem: called once all sheets were read. */
    ImportResult finish() {
        Scenario base = options.base();
        boolean complete = true;
        for (SheetRole input : SheetRole.REQUIRED) {
            if (!sheets.containsKey(input) && base == null) {
                complete = false;
                log.file(Message.of(
                        "problem.sheet.missing", input.english() + " / " + input.title(Locale.SIMPLIFIED_CHINESE)));
            }
        }
        if (!complete) {
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
        Scenario inputs = inputs(settings, industryDrafts, incentiveDrafts);
        Set<String> industryCodes = codes(industryDrafts.stream().map(Industry.Draft::code));
        Set<String> incentiveCodes = codes(incentiveDrafts.stream().map(Incentive.Draft::code));
        List<InputRange> ranges = sheets.containsKey(SheetRole.RANGES)
                ? extra.ranges(inputs, industryCodes, incentiveCodes)
                : base == null ? List.of() : base.ranges();
        List<Actual> actuals = sheets.containsKey(SheetRole.ACTUALS)
                ? extra.actuals(inputs == null ? null : inputs.settings(), incentiveCodes)
                : base == null ? List.of() : base.actuals();
        List<InputSource> sourceList = sheets.containsKey(SheetRole.SOURCES)
                ? sources.sources(industryCodes, incentiveCodes)
                : base == null ? List.of() : base.sources();
        if (inputs == null || log.hasErrors()) {
            return new ImportResult.Rejected(log.all());
        }
        if (ranges.isEmpty() && actuals.isEmpty() && sourceList.isEmpty()) {
            return new ImportResult.Imported(inputs, log.warnings());
        }
        try {
            Scenario whole = new Scenario(
                    inputs.settings(), inputs.industries(), inputs.incentives(), ranges, actuals, sourceList);
            return new ImportResult.Imported(whole, log.warnings());
        } catch (ScenarioInvalidException e) {
            e.problems().forEach(p -> {
                if (SourceSheet.about(p)) {
                    sources.report(p);
                } else {
                    extra.report(p);
                }
            });
            if (!log.hasErrors()) {
                log.file(Message.of("problem.scenario.rejected", String.valueOf(e.getMessage())));
            }
            return new ImportResult.Rejected(log.all());
        }
    }

    private static Set<String> codes(Stream<@Nullable String> codes) {
        Set<String> result = new HashSet<>();
        codes.filter(Objects::nonNull).forEach(result::add);
        return result;
    }

    /** The scenario of the three input sheets without ranges or actuals; null when it has errors (all logged). */
    private @Nullable Scenario inputs(
            ScenarioSettings.Draft settings,
            List<Industry.Draft> industryDrafts,
            List<Incentive.Draft> incentiveDrafts) {
        if (!inputErrors()) {
            Scenario scenario = buildChecked(settings, industryDrafts, incentiveDrafts);
            if (scenario != null) {
                return scenario;
            }
        }
        ProblemLocator locator = new ProblemLocator(log, sheets, fields, industries, incentives);
        locator.report(ScenarioValidator.validate(settings, industryDrafts, incentiveDrafts));
        if (inputErrors()) {
            return null;
        }
        try {
            return ScenarioValidator.toScenario(settings, industryDrafts, incentiveDrafts);
        } catch (ScenarioInvalidException e) {
            locator.report(e.problems());
            if (!inputErrors()) {
                log.file(Message.of("problem.scenario.rejected", String.valueOf(e.getMessage())));
            }
            return null;
        }
    }

    /** Whether the three input sheets (or the file) have errors: those of Ranges, Actuals and Sources do not count. */
    private boolean inputErrors() {
        List<String> extraSheets = new ArrayList<>(3);
        for (SheetRole extraRole : List.of(SheetRole.RANGES, SheetRole.ACTUALS, SheetRole.SOURCES)) {
            if (sheets.containsKey(extraRole)) {
                extraSheets.add(sheets.get(extraRole));
            }
        }
        return extraSheets.isEmpty() ? log.hasErrors() : log.hasErrorsOutside(extraSheets);
    }

    /**
     * The scenario built in one pass, each record checked by its draft and the rules across items once by
     * Scenario's; null when any rule is broken, and the caller then asks the validator for every problem at its
     * place. A file the format found nothing wrong with is nearly always valid, so this is the common path, and it
     * accepts exactly the scenarios {@code ScenarioValidator.validate} finds no problem in: the records hold the
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
                industryList.add(draft.toIndustry());
            }
            List<Incentive> incentiveList = new ArrayList<>(incentiveDrafts.size());
            for (Incentive.Draft draft : incentiveDrafts) {
                incentiveList.add(draft.toIncentive());
            }
            return new Scenario(built, industryList, incentiveList);
        } catch (ScenarioInvalidException e) {
            return null;
        }
    }

    private ScenarioSettings.Draft settingsDraft() {
        String sheet = sheets.get(SheetRole.SCENARIO);
        for (FieldColumn field : FieldColumn.SCENARIO) {
            if (!fields.seen(field) && field.rule().required()) {
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
        return ScenarioSettings.Draft.ofValues(fields.values());
    }

    private List<Industry.Draft> industryDrafts() {
        new CrossRowRules(log).industries(industries);
        List<Industry.Draft> result = new ArrayList<>(industries.rows.size());
        var links = new SectorLinks(log, options.sectors(), setField);
        for (int i = 0; i < industries.rows.size(); i++) {
            boolean blank = blankMultipliers.blank(i);
            result.add(Industry.Draft.ofValues(links.resolve(industries, industries.rows.get(i), blank)));
        }
        return result;
    }

    private List<Incentive.Draft> incentiveDrafts(ScenarioSettings.Draft settings, List<Industry.Draft> industryList) {
        Set<String> industryCodes = new HashSet<>();
        for (Industry.Draft industry : industryList) {
            if (industry.code() != null) {
                industryCodes.add(industry.code());
            }
        }
        // the type rules drop values the type has no use for: the drafts are built after them
        new CrossRowRules(log).incentives(incentives, settings, industryCodes);
        List<Incentive.Draft> result = new ArrayList<>(incentives.rows.size());
        for (SheetTable.Row row : incentives.rows) {
            result.add(Incentive.Draft.ofValues(row.values()));
        }
        return result;
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
}
