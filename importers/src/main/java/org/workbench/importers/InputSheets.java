package org.workbench.importers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Actual;
import org.workbench.domain.FieldKind;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.InputRange;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.SectorLink;

/**
 * Writes the three input sheets, filled from a scenario or blank as the template, with one column (or Scenario
 * row) per field descriptor; each value is written the way its field's kind asks.
 */
final class InputSheets {
    private InputSheets() {}

    static void settings(XlsxWriter w, @Nullable ScenarioSettings settings) {
        Locale locale = w.locale;
        SXSSFSheet sheet = w.sheet(SheetRole.SCENARIO.title(locale), 28, 40);
        w.headerRow(sheet, 0, List.of(FieldColumn.FIELD_HEADER.title(locale), FieldColumn.VALUE_HEADER.title(locale)));
        @Nullable
        Object[] values =
                settings == null ? null : ScenarioSettings.Draft.of(settings).values();
        int r = 1;
        for (FieldColumn column : FieldColumn.SCENARIO) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, column.title(locale));
            Object value = values != null
                    ? values[column.index()]
                    : column.field().kind() == FieldKind.CURRENCY
                            ? column.field().defaultValue()
                            : null;
            value(w, row, 1, column, value, null);
        }
    }

    static SXSSFSheet industries(XlsxWriter w, List<Industry> rows) {
        return table(w, SheetRole.INDUSTRIES, FieldColumn.INDUSTRIES, rows);
    }

    static SXSSFSheet incentives(XlsxWriter w, List<Incentive> rows) {
        return table(w, SheetRole.INCENTIVES, FieldColumn.INCENTIVES, rows);
    }

    private static SXSSFSheet table(XlsxWriter w, SheetRole role, List<FieldColumn> columns, List<?> items) {
        int[] widths = new int[columns.size()];
        Arrays.fill(widths, 16);
        SXSSFSheet sheet = w.sheet(role.title(w.locale), widths);
        var titles = new java.util.ArrayList<>(
                columns.stream().map(c -> c.title(w.locale)).toList());
        if (role == SheetRole.INDUSTRIES) {
            // a linked industry's row also names its set and type, after the fields' columns
            Arrays.stream(LinkColumn.values()).map(c -> c.title(w.locale)).forEach(titles::add);
        }
        w.headerRow(sheet, 0, titles);
        int r = 1;
        for (Object item : items) {
            Row row = sheet.createRow(r++);
            switch (item) {
                case Industry i -> {
                    row(w, row, columns, Industry.Draft.of(i).values(), null);
                    SectorLink link = i.sectorLink();
                    if (link != null) {
                        w.text(row, columns.size() + LinkColumn.SET.ordinal(), link.setReference());
                        w.text(
                                row,
                                columns.size() + LinkColumn.TYPE.ordinal(),
                                link.type().numeral());
                    }
                }
                case Incentive i -> row(w, row, columns, Incentive.Draft.of(i).values(), i.type());
                default -> throw new IllegalArgumentException("not an input row: " + item);
            }
        }
        return sheet;
    }

    /** Sheet Ranges: one row per range, the item's sheet and the field by their titles in the workbook's language. */
    static SXSSFSheet ranges(XlsxWriter w, List<InputRange> ranges) {
        SXSSFSheet sheet = w.sheet(SheetRole.RANGES.title(w.locale), 14, 14, 28, 16, 16);
        w.headerRow(
                sheet,
                0,
                ExtraSheets.RANGE_COLUMNS.stream().map(c -> c.title(w.locale)).toList());
        int r = 1;
        for (InputRange range : ranges) {
            Row row = sheet.createRow(r++);
            FieldColumn column = FieldColumn.column(range.item(), range.field()).orElseThrow();
            w.text(row, 0, ResultSheets.sheetOf(range.item()).title(w.locale));
            w.text(row, 1, range.code());
            w.text(row, 2, column.title(w.locale));
            value(w, row, 3, column, range.low(), null);
            value(w, row, 4, column, range.high(), null);
        }
        return sheet;
    }

    /** Sheet Actuals: one row per incentive and year; a figure not recorded stays empty. */
    static SXSSFSheet actuals(XlsxWriter w, List<Actual> actuals) {
        SXSSFSheet sheet = w.sheet(SheetRole.ACTUALS.title(w.locale), 16, 8, 20, 20, 20);
        w.headerRow(
                sheet,
                0,
                ExtraSheets.ACTUAL_COLUMNS.stream().map(c -> c.title(w.locale)).toList());
        int r = 1;
        for (Actual actual : actuals) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, actual.incentiveCode());
            w.number(row, 1, actual.year(), w.integer);
            if (actual.grossJobs() != null) {
                w.number(row, 2, actual.grossJobs(), null);
            }
            if (actual.outlay() != null) {
                w.number(row, 3, actual.outlay(), w.moneyStyle(actual.outlay()));
            }
            if (actual.moneyBack() != null) {
                w.number(row, 4, actual.moneyBack(), w.moneyStyle(actual.moneyBack()));
            }
        }
        return sheet;
    }

    /**
     * Sheet Sources: one row per source, the input named as sheet Ranges names it. The text goes through
     * {@link XlsxWriter#text(Row, int, String)} like every text: a note that starts like a formula stays text.
     */
    static SXSSFSheet sources(XlsxWriter w, List<InputSource> sources) {
        SXSSFSheet sheet = w.sheet(SheetRole.SOURCES.title(w.locale), 14, 14, 28, 80);
        w.headerRow(
                sheet,
                0,
                SourceSheet.COLUMNS.stream().map(c -> c.title(w.locale)).toList());
        int r = 1;
        for (InputSource source : sources) {
            Row row = sheet.createRow(r++);
            w.text(row, 0, ResultSheets.sheetOf(source.item()).title(w.locale));
            w.text(row, 1, source.code());
            w.text(
                    row,
                    2,
                    FieldColumn.column(source.item(), source.field())
                            .orElseThrow()
                            .title(w.locale));
            w.text(row, 3, source.text());
        }
        return sheet;
    }

    /**
     * The template's lists and help on sheet Sources: the three sheets for Sheet, and for Field every field's
     * header, listed at {@code fieldList} (too many for a list in the validation itself, which Excel cuts at 255
     * characters).
     */
    static void sourceDropDowns(XlsxWriter w, SXSSFSheet sources, int rows, String fieldList) {
        DataValidationHelper helper = sources.getDataValidationHelper();
        String[] sheets =
                SheetRole.REQUIRED.stream().map(r -> r.title(w.locale)).toArray(String[]::new);
        DataValidation sheet = validation(helper, helper.createExplicitListConstraint(sheets), 0, rows);
        help(w, sources, sheet, ExtraSheets.SHEET, "template.help.source.sheet");
        DataValidation code = validation(helper, helper.createCustomConstraint("TRUE"), 1, rows);
        help(w, sources, code, ExtraSheets.CODE, "template.help.source.code");
        DataValidation field = validation(helper, helper.createFormulaListConstraint(fieldList), 2, rows);
        help(w, sources, field, ExtraSheets.FIELD, "template.help.source.field");
        DataValidation text = validation(helper, helper.createCustomConstraint("TRUE"), 3, rows);
        help(w, sources, text, SourceSheet.SOURCE, "template.help.source.text");
    }

    /** Every field's header in the locale's language, each once: what the Field column of Sources takes. */
    static List<String> fieldTitles(Locale locale) {
        List<String> titles = new ArrayList<>();
        for (List<FieldColumn> columns :
                List.of(FieldColumn.SCENARIO, FieldColumn.INDUSTRIES, FieldColumn.INCENTIVES)) {
            columns.stream()
                    .map(c -> c.title(locale))
                    .filter(t -> !titles.contains(t))
                    .forEach(titles::add);
        }
        return titles;
    }

    /**
     * The template's lists and help on sheet Ranges: the three sheets for Sheet, every field that can carry a range
     * for Field (when the list fits Excel's 255 characters), and what Low and High must be.
     */
    static void rangeDropDowns(XlsxWriter w, SXSSFSheet ranges, int rows) {
        DataValidationHelper helper = ranges.getDataValidationHelper();
        String[] sheets =
                SheetRole.REQUIRED.stream().map(r -> r.title(w.locale)).toArray(String[]::new);
        DataValidation sheet = validation(helper, helper.createExplicitListConstraint(sheets), 0, rows);
        help(w, ranges, sheet, ExtraSheets.SHEET, "template.help.range.sheet");
        String[] fields = FieldColumn.SCENARIO.stream()
                .filter(c -> c.field().rangeable())
                .map(c -> c.title(w.locale))
                .distinct()
                .toArray(String[]::new);
        List<String> all = new ArrayList<>(List.of(fields));
        for (List<FieldColumn> columns : List.of(FieldColumn.INDUSTRIES, FieldColumn.INCENTIVES)) {
            columns.stream()
                    .filter(c -> c.field().rangeable())
                    .map(c -> c.title(w.locale))
                    .filter(t -> !all.contains(t))
                    .forEach(all::add);
        }
        if (String.join(",", all).length() <= 255) {
            DataValidation field =
                    validation(helper, helper.createExplicitListConstraint(all.toArray(String[]::new)), 2, rows);
            help(w, ranges, field, ExtraSheets.FIELD, "template.help.range.field");
        }
        DataValidation code = validation(helper, helper.createCustomConstraint("TRUE"), 1, rows);
        help(w, ranges, code, ExtraSheets.CODE, "template.help.range.code");
        for (int col = 3; col <= 4; col++) {
            DataValidation bound = validation(helper, helper.createCustomConstraint("TRUE"), col, rows);
            help(w, ranges, bound, ExtraSheets.RANGE_COLUMNS.get(col), "template.help.range.bounds");
        }
    }

    /** The template's list of incentive codes for Actuals' Incentive column, and help on each column. */
    static void actualDropDowns(XlsxWriter w, SXSSFSheet actuals, int rows) {
        DataValidationHelper helper = actuals.getDataValidationHelper();
        String code = CellRefs.column(column(ItemKind.INCENTIVE, "code"));
        String codes = "'" + SheetRole.INCENTIVES.title(w.locale) + "'!$" + code + "$2:$" + code + "$" + (rows + 1);
        DataValidation incentive = validation(helper, helper.createFormulaListConstraint(codes), 0, rows);
        help(w, actuals, incentive, ExtraSheets.INCENTIVE, "template.help.actual.incentive");
        for (int col = 1; col < ExtraSheets.ACTUAL_COLUMNS.size(); col++) {
            DataValidation any = validation(helper, helper.createCustomConstraint("TRUE"), col, rows);
            help(w, actuals, any, ExtraSheets.ACTUAL_COLUMNS.get(col), "template.help.actual.figures");
        }
    }

    /**
     * The help Excel shows when a cell of the column is selected. Set before the validation is added: the sheet keeps
     * a copy.
     */
    private static void help(XlsxWriter w, SXSSFSheet sheet, DataValidation validation, ColumnDef column, String key) {
        validation.createPromptBox(column.title(w.locale), w.text(key));
        validation.setShowPromptBox(true);
        sheet.addValidationData(validation);
    }

    /** The template's drop-down lists: the types for Type, the industry codes typed so far for Industry. */
    static void dropDowns(XlsxWriter w, SXSSFSheet incentives, int rows) {
        Locale locale = w.locale;
        DataValidationHelper helper = incentives.getDataValidationHelper();
        String[] types = Arrays.stream(IncentiveType.values())
                .map(t -> IncentiveTypes.listEntry(t, locale))
                .toArray(String[]::new);
        int typeColumn = column(ItemKind.INCENTIVE, "type");
        FieldColumn typeField = FieldColumn.column(ItemKind.INCENTIVE, "type").orElseThrow();
        help(
                w,
                incentives,
                validation(helper, helper.createExplicitListConstraint(types), typeColumn, rows),
                typeField,
                "template.help.type");
        FieldColumn amount = FieldColumn.column(ItemKind.INCENTIVE, "amount").orElseThrow();
        help(
                w,
                incentives,
                validation(helper, helper.createCustomConstraint("TRUE"), amount.index(), rows),
                amount,
                "template.help.amount");
        String code = CellRefs.column(column(ItemKind.INDUSTRY, "code"));
        String codes = "'" + SheetRole.INDUSTRIES.title(locale) + "'!$" + code + "$2:$" + code + "$" + (rows + 1);
        int industryColumn = column(ItemKind.INCENTIVE, "industryCode");
        addList(incentives, helper, helper.createFormulaListConstraint(codes), industryColumn, rows);
        // the version 2 columns: a bounded value and a line of help each
        for (String key : List.of("successProbability", "failureYear", "recoveryMultiple", "clawbackShare")) {
            FieldColumn column = FieldColumn.column(ItemKind.INCENTIVE, key).orElseThrow();
            DataValidationConstraint constraint = key.equals("failureYear")
                    ? helper.createIntegerConstraint(
                            DataValidationConstraint.OperatorType.BETWEEN,
                            String.valueOf(ScenarioSettings.MIN_BASE_YEAR + 1),
                            String.valueOf(ScenarioSettings.MAX_BASE_YEAR + ScenarioSettings.MAX_HORIZON_YEARS))
                    : key.equals("recoveryMultiple")
                            ? helper.createDecimalConstraint(
                                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null)
                            : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1");
            DataValidation validation = validation(helper, constraint, column.index(), rows);
            help(w, incentives, validation, column, "template.help." + key);
        }
    }

    private static int column(ItemKind item, String key) {
        return FieldColumn.column(item, key).orElseThrow().index();
    }

    private static void addList(
            SXSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, int column, int rows) {
        sheet.addValidationData(validation(helper, constraint, column, rows));
    }

    /** A validation of the column's rows below the header, not yet added to the sheet. */
    private static DataValidation validation(
            DataValidationHelper helper, DataValidationConstraint constraint, int column, int rows) {
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, rows, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        return validation;
    }

    private static void row(
            XlsxWriter w, Row row, List<FieldColumn> columns, @Nullable Object[] values, @Nullable IncentiveType type) {
        for (FieldColumn column : columns) {
            Object value = values[column.index()];
            // a value the type has no use for stays out when it is the default: the cell would only puzzle
            if (column.field().appliesTo(type)
                    || !Objects.equals(value, column.field().defaultValue())) {
                value(w, row, column.index(), column, value, type);
            }
        }
    }

    private static void value(
            XlsxWriter w, Row row, int col, FieldColumn column, @Nullable Object value, @Nullable IncentiveType type) {
        switch (value) {
            case null -> {}
            case IncentiveType t -> w.text(row, col, IncentiveTypes.title(t, w.locale));
            case String s -> w.text(row, col, s);
            case SectorLink link -> w.text(row, col, link.sectorCode());
            case Number n -> {
                double d = n.doubleValue();
                CellStyle style = switch (column.field().kind(type)) {
                    case YEAR, INTEGER -> w.integer;
                    case SHARE -> w.percent;
                    case MONEY -> w.moneyStyle(d);
                    default -> null;
                };
                w.number(row, col, d, style);
            }
            default -> throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }
}
