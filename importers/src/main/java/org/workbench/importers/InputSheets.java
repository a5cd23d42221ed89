package org.workbench.importers;

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
import org.workbench.domain.FieldKind;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ScenarioSettings;

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
        w.headerRow(sheet, 0, columns.stream().map(c -> c.title(w.locale)).toList());
        int r = 1;
        for (Object item : items) {
            Row row = sheet.createRow(r++);
            switch (item) {
                case Industry i -> row(w, row, columns, Industry.Draft.of(i).values(), null);
                case Incentive i -> row(w, row, columns, Incentive.Draft.of(i).values(), i.type());
                default -> throw new IllegalArgumentException("not an input row: " + item);
            }
        }
        return sheet;
    }

    /** The template's drop-down lists: the types for Type, the industry codes typed so far for Industry. */
    static void dropDowns(XlsxWriter w, SXSSFSheet incentives, int rows) {
        Locale locale = w.locale;
        DataValidationHelper helper = incentives.getDataValidationHelper();
        String[] types = Arrays.stream(IncentiveType.values())
                .map(t -> IncentiveTypes.title(t, locale))
                .toArray(String[]::new);
        int typeColumn = column(ItemKind.INCENTIVE, "type");
        addList(incentives, helper, helper.createExplicitListConstraint(types), typeColumn, rows);
        String code = CellRefs.column(column(ItemKind.INDUSTRY, "code"));
        String codes = "'" + SheetRole.INDUSTRIES.title(locale) + "'!$" + code + "$2:$" + code + "$" + (rows + 1);
        int industryColumn = column(ItemKind.INCENTIVE, "industryCode");
        addList(incentives, helper, helper.createFormulaListConstraint(codes), industryColumn, rows);
    }

    private static int column(ItemKind item, String key) {
        return FieldColumn.column(item, key).orElseThrow().index();
    }

    private static void addList(
            SXSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, int column, int rows) {
        DataValidation validation =
                helper.createValidation(constraint, new CellRangeAddressList(1, rows, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
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
