package org.workbench.importers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.Kpi;
import org.workbench.domain.NamedResult;
import org.workbench.domain.ProjectionResult;
import org.workbench.domain.Scenario;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.YearResult;

/**
 * Writes the format's workbooks with POI's streaming writer (SXSSF): a scenario (with its results), a
 * comparison, the blank template, and a list of import problems. Headers and texts follow the locale (English,
 * or Simplified Chinese for any "zh" locale). What {@link WorkbookImporter} reads back from a scenario workbook
 * equals the scenario written.
 */
public final class WorkbookExporter {
    static final String FORMAT_VERSION = "1";
    /** Rows of the template that carry the drop-down lists. */
    static final int TEMPLATE_ROWS = 1000;

    private WorkbookExporter() {}

    /**
     * The three input sheets, then (when {@code result} is given) Results and KPIs, then README.
     *
     * @param result the scenario's projection, or null for a workbook of inputs only
     */
    public static void writeScenario(
            Scenario scenario, @Nullable ProjectionResult result, Locale locale, OutputStream out) throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            writeSettings(w, scenario.settings());
            writeIndustries(w, scenario.industries());
            writeIncentives(w, scenario.incentives());
            if (result != null) {
                writeResults(w, result);
                writeKpis(w, result);
            }
            List<String> lines = new ArrayList<>();
            lines.add(w.text("export.readme.title"));
            lines.add(w.text("export.readme.scenario", scenario.settings().name()));
            lines.add(w.text("export.readme.format", FORMAT_VERSION));
            lines.add(
                    result == null
                            ? w.text("export.readme.noResults")
                            : w.text("export.readme.results", result.modelVersion()));
            writeReadme(w, lines);
            w.write(out);
        }
    }

    /** A Comparison sheet: a row per key figure, a column per scenario, a difference column per other scenario. */
    public static void writeComparison(ComparisonExport comparison, Locale locale, OutputStream out)
            throws IOException {
        writeComparison(comparison, false, locale, out);
    }

    /**
     * The Comparison sheet, then, when {@code kpiSheetPerScenario}, one sheet of Key/Value rows per scenario (named
     * after the KPIs sheet and the scenario, see {@link #kpiSheetNames}), then README, which says which sheet holds
     * which scenario.
     */
    public static void writeComparison(
            ComparisonExport comparison, boolean kpiSheetPerScenario, Locale locale, OutputStream out)
            throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            List<NamedResult> columns = comparison.scenarios();
            NamedResult base = comparison.base();
            int[] widths = new int[1 + 2 * columns.size()];
            Arrays.fill(widths, 22);
            SXSSFSheet sheet = w.sheet(SheetRole.COMPARISON.title(locale), widths);
            List<String> titles = new ArrayList<>();
            titles.add(w.text("export.comparison.key"));
            columns.forEach(c -> titles.add(c.name()));
            for (int i = 0; i < columns.size(); i++) {
                if (i != comparison.baseIndex()) {
                    titles.add(w.text("export.comparison.delta", columns.get(i).name(), base.name()));
                }
            }
            w.headerRow(sheet, 0, titles);
            int r = 1;
            for (Kpi kpi : Kpi.values()) {
                Row row = sheet.createRow(r++);
                w.text(row, 0, kpi.key());
                int col = 1;
                for (NamedResult c : columns) {
                    kpiCell(w, row, col++, kpi, c.result().kpi(kpi));
                }
                OptionalDouble baseValue = base.result().kpi(kpi);
                for (int i = 0; i < columns.size(); i++) {
                    if (i == comparison.baseIndex()) {
                        continue;
                    }
                    OptionalDouble value = columns.get(i).result().kpi(kpi);
                    if (value.isPresent() && baseValue.isPresent()) {
                        w.number(row, col, value.getAsDouble() - baseValue.getAsDouble(), null);
                    }
                    col++;
                }
            }
            List<String> readme = new ArrayList<>(List.of(
                    w.text("export.readme.title"),
                    w.text("export.comparison.base", base.name()),
                    w.text("export.readme.comparison", base.result().modelVersion())));
            if (kpiSheetPerScenario) {
                List<String> names = kpiSheetNames(columns, locale);
                for (int i = 0; i < columns.size(); i++) {
                    writeKpis(w, names.get(i), columns.get(i).result());
                    readme.add(w.text(
                            "export.readme.kpiSheet",
                            names.get(i),
                            columns.get(i).name()));
                }
            }
            writeReadme(w, readme);
            w.write(out);
        }
    }

    /** Headers only, an instructions sheet, and drop-down lists for Type and Industry. */
    public static void writeTemplate(Locale locale, OutputStream out) throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            SXSSFSheet scenarioSheet = w.sheet(SheetRole.SCENARIO.title(locale), 28, 40);
            w.headerRow(
                    scenarioSheet,
                    0,
                    List.of(ScenarioField.FIELD_HEADER.title(locale), ScenarioField.VALUE_HEADER.title(locale)));
            int r = 1;
            for (ScenarioField field : ScenarioField.values()) {
                Row row = scenarioSheet.createRow(r++);
                w.text(row, 0, field.title(locale));
                if (field == ScenarioField.CURRENCY) {
                    w.text(row, 1, ScenarioField.DEFAULT_CURRENCY);
                }
            }
            SXSSFSheet industries = w.sheet(SheetRole.INDUSTRIES.title(locale), widths(IndustryColumn.values().length));
            w.headerRow(industries, 0, titles(IndustryColumn.values(), locale));
            SXSSFSheet incentives =
                    w.sheet(SheetRole.INCENTIVES.title(locale), widths(IncentiveColumn.values().length));
            w.headerRow(incentives, 0, titles(IncentiveColumn.values(), locale));

            DataValidationHelper helper = incentives.getDataValidationHelper();
            String[] types = Arrays.stream(IncentiveType.values())
                    .map(t -> IncentiveTypes.title(t, locale))
                    .toArray(String[]::new);
            addList(incentives, helper, helper.createExplicitListConstraint(types), IncentiveColumn.TYPE.ordinal());
            String codes =
                    "'" + SheetRole.INDUSTRIES.title(locale) + "'!$" + CellRefs.column(IndustryColumn.CODE.ordinal())
                            + "$2:$" + CellRefs.column(IndustryColumn.CODE.ordinal()) + "$" + (TEMPLATE_ROWS + 1);
            addList(incentives, helper, helper.createFormulaListConstraint(codes), IncentiveColumn.INDUSTRY.ordinal());

            List<String> lines = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                lines.add(w.text("template.line" + i));
            }
            writeReadme(w, lines);
            w.workbook.setActiveSheet(0);
            w.write(out);
        }
    }

    private static void addList(
            SXSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, int column) {
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, TEMPLATE_ROWS, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    /** The problems of an upload as a workbook the user can download, sort and filter. */
    public static void writeProblems(List<ImportProblem> problems, Locale locale, OutputStream out) throws IOException {
        try (XlsxWriter w = new XlsxWriter(locale)) {
            SXSSFSheet sheet = w.sheet(w.text("export.sheet.problems"), 10, 24, 14, 10, 22, 24, 40, 60);
            w.headerRow(
                    sheet,
                    0,
                    List.of(
                            w.text("problems.severity"),
                            w.text("problems.file"),
                            w.text("problems.sheet"),
                            w.text("problems.cell"),
                            w.text("problems.column"),
                            w.text("problems.found"),
                            w.text("problems.expected"),
                            w.text("problems.message")));
            int r = 1;
            for (ImportProblem p : problems) {
                Row row = sheet.createRow(r++);
                w.text(row, 0, ProblemFormatter.text("severity." + p.severity().name(), locale));
                w.text(row, 1, p.fileName());
                w.text(row, 2, p.sheet());
                w.text(row, 3, p.cell());
                w.text(row, 4, p.header());
                w.text(row, 5, p.found());
                w.text(row, 6, ProblemFormatter.expected(p, locale));
                w.text(row, 7, ProblemFormatter.message(p, locale));
            }
            if (r > 1) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, 7));
            }
            w.write(out);
        }
    }

    private static void writeSettings(XlsxWriter w, ScenarioSettings s) {
        Locale locale = w.locale;
        SXSSFSheet sheet = w.sheet(SheetRole.SCENARIO.title(locale), 28, 40);
        w.headerRow(
                sheet, 0, List.of(ScenarioField.FIELD_HEADER.title(locale), ScenarioField.VALUE_HEADER.title(locale)));
        int r = 1;
        for (ScenarioField field : ScenarioField.values()) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, field.title(locale));
            switch (field) {
                case NAME -> w.text(row, 1, s.name());
                case CITY -> w.text(row, 1, s.city());
                case BASE_YEAR -> w.number(row, 1, s.baseYear(), w.integer);
                case HORIZON_YEARS -> w.number(row, 1, s.horizonYears(), w.integer);
                case DISCOUNT_RATE -> w.number(row, 1, s.discountRate(), w.percent);
                case HOUSEHOLD_SIZE -> w.number(row, 1, s.householdSize(), null);
                case IN_MIGRANT_SHARE -> w.number(row, 1, s.inMigrantShare(), w.percent);
                case SERVICE_COST_PER_RESIDENT ->
                    w.number(row, 1, s.serviceCostPerResident(), w.moneyStyle(s.serviceCostPerResident()));
                case CURRENCY -> w.text(row, 1, s.currency());
                case DESCRIPTION -> w.text(row, 1, s.description());
            }
        }
    }

    private static void writeIndustries(XlsxWriter w, List<Industry> industries) {
        SXSSFSheet sheet = w.sheet(SheetRole.INDUSTRIES.title(w.locale), widths(IndustryColumn.values().length));
        w.headerRow(sheet, 0, titles(IndustryColumn.values(), w.locale));
        int r = 1;
        for (Industry i : industries) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, i.code());
            w.text(row, 1, i.name());
            w.number(row, 2, i.baselineJobs(), null);
            w.number(row, 3, i.valueAddedPerJob(), w.moneyStyle(i.valueAddedPerJob()));
            w.number(row, 4, i.productivityGrowth(), w.percent);
            w.number(row, 5, i.averageWage(), w.moneyStyle(i.averageWage()));
            w.number(row, 6, i.taxRate(), w.percent);
            w.number(row, 7, i.employmentMultiplier(), null);
            w.number(row, 8, i.displacement(), w.percent);
        }
    }

    private static void writeIncentives(XlsxWriter w, List<Incentive> incentives) {
        SXSSFSheet sheet = w.sheet(SheetRole.INCENTIVES.title(w.locale), widths(IncentiveColumn.values().length));
        w.headerRow(sheet, 0, titles(IncentiveColumn.values(), w.locale));
        int r = 1;
        for (Incentive i : incentives) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, i.code());
            w.text(row, 1, i.name());
            w.text(row, 2, IncentiveTypes.title(i.type(), w.locale));
            w.text(row, 3, i.industryCode());
            w.number(row, 4, i.startYear(), w.integer);
            w.number(row, 5, i.durationYears(), w.integer);
            w.number(row, 6, i.committedJobs(), null);
            w.number(row, 7, i.rampYears(), w.integer);
            w.number(row, 8, i.butForShare(), w.percent);
            w.number(row, 9, i.amount(), i.type() == IncentiveType.TAX_REBATE ? w.percent : w.moneyStyle(i.amount()));
            if (i.talents() != 0 || i.type() == IncentiveType.TALENT_SUBSIDY) {
                w.number(row, 10, i.talents(), null);
            }
            if (i.exitYear() != null) {
                w.number(row, 11, i.exitYear(), w.integer);
            }
            if (i.exitMultiple() != null) {
                w.number(row, 12, i.exitMultiple(), null);
            }
        }
    }

    private record ResultColumn(String key, ToDoubleFunction<YearResult> value, boolean money) {}

    private static final List<ResultColumn> RESULT_COLUMNS = List.of(
            new ResultColumn("grossDirectJobs", YearResult::grossDirectJobs, false),
            new ResultColumn("netDirectJobs", YearResult::netDirectJobs, false),
            new ResultColumn("totalJobs", YearResult::totalJobs, false),
            new ResultColumn("valueAdded", YearResult::valueAdded, true),
            new ResultColumn("laborIncome", YearResult::laborIncome, true),
            new ResultColumn("taxRevenue", YearResult::taxRevenue, true),
            new ResultColumn("outlay", YearResult::outlay, true),
            new ResultColumn("equityProceeds", YearResult::equityProceeds, true),
            new ResultColumn("serviceCost", YearResult::serviceCost, true),
            new ResultColumn("netFiscalFlow", YearResult::netFiscalFlow, true),
            new ResultColumn("cumulativeNetFiscalFlow", YearResult::cumulativeNetFiscalFlow, true),
            new ResultColumn("populationInflow", YearResult::populationInflow, false));

    private static void writeResults(XlsxWriter w, ProjectionResult result) {
        int[] widths = new int[1 + RESULT_COLUMNS.size()];
        Arrays.fill(widths, 18);
        widths[0] = 8;
        SXSSFSheet sheet = w.sheet(SheetRole.RESULTS.title(w.locale), widths);
        List<String> titles = new ArrayList<>();
        titles.add(w.text("export.results.year"));
        RESULT_COLUMNS.forEach(c -> titles.add(w.text("export.results." + c.key())));
        w.headerRow(sheet, 0, titles);
        int r = 1;
        for (YearResult year : result.years()) {
            Row row = sheet.createRow(r++);
            w.number(row, 0, year.year(), w.integer);
            int col = 1;
            for (ResultColumn c : RESULT_COLUMNS) {
                w.number(row, col++, c.value().applyAsDouble(year), c.money() ? w.money : w.decimal);
            }
        }
    }

    private static void writeKpis(XlsxWriter w, ProjectionResult result) {
        writeKpis(w, SheetRole.KPIS.title(w.locale), result);
    }

    private static void writeKpis(XlsxWriter w, String sheetName, ProjectionResult result) {
        SXSSFSheet sheet = w.sheet(sheetName, 26, 22);
        w.headerRow(sheet, 0, List.of(w.text("export.kpis.key"), w.text("export.kpis.value")));
        int r = 1;
        for (Kpi kpi : Kpi.values()) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, kpi.key());
            kpiCell(w, row, 1, kpi, result.kpi(kpi));
        }
    }

    private static void kpiCell(XlsxWriter w, Row row, int col, Kpi kpi, OptionalDouble value) {
        if (value.isEmpty()) {
            return;
        }
        CellStyle style = switch (kpi) {
            case BREAK_EVEN_YEAR -> w.integer;
            case BENEFIT_COST_RATIO, CONCENTRATION_HHI, JOBS_VS_BASELINE -> null;
            default -> w.decimal;
        };
        w.number(row, col, value.getAsDouble(), style);
    }

    /** Excel's longest sheet name. */
    static final int MAX_SHEET_NAME = 31;

    /**
     * One sheet name per scenario, "KPIs " (or "关键指标 ") and the scenario's name: characters a sheet name cannot
     * hold ([ ] : * ? / \) become "_", it is cut to 31 characters (never inside a surrogate pair) and it never
     * starts or ends with an apostrophe. A name left empty becomes the scenario's number; a name already taken (as
     * Excel compares them, ignoring case), by another scenario or by the Comparison or README sheet, gets " (2)",
     * " (3)", ... within the 31 characters.
     */
    static List<String> kpiSheetNames(List<NamedResult> scenarios, Locale locale) {
        Set<String> taken = new HashSet<>();
        taken.add(SheetRole.COMPARISON.title(locale).toLowerCase(Locale.ROOT));
        taken.add(SheetRole.README.title(locale).toLowerCase(Locale.ROOT));
        String prefix = SheetRole.KPIS.title(locale) + " ";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String own = safeSheetText(scenarios.get(i).name());
            String base = cut(prefix + (own.isEmpty() ? String.valueOf(i + 1) : own), MAX_SHEET_NAME);
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    private static String safeSheetText(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean forbidden = c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\';
            safe.append(forbidden || Character.isISOControl(c) ? '_' : c);
        }
        return stripApostrophes(safe.toString().strip());
    }

    /** At most {@code max} chars, not ending in half a surrogate pair, an apostrophe or a space. */
    private static String cut(String text, int max) {
        String cut = text;
        if (cut.length() > max) {
            int end = Character.isHighSurrogate(cut.charAt(max - 1)) ? max - 1 : max;
            cut = cut.substring(0, end);
        }
        return stripApostrophes(cut.strip());
    }

    private static String stripApostrophes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\'') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\'') {
            end--;
        }
        return text.substring(start, end).strip();
    }

    private static void writeReadme(XlsxWriter w, List<String> lines) {
        SXSSFSheet sheet = w.sheet(SheetRole.README.title(w.locale), 120);
        int r = 0;
        for (String line : lines) {
            w.text(sheet.createRow(r++), 0, line);
        }
    }

    private static List<String> titles(ColumnDef[] defs, Locale locale) {
        return Arrays.stream(defs).map(d -> d.title(locale)).toList();
    }

    private static int[] widths(int columns) {
        int[] widths = new int[columns];
        Arrays.fill(widths, 16);
        return widths;
    }
}
