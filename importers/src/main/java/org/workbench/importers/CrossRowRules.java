package org.workbench.importers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.Bounds;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.InputField;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.TypeScope;

/**
 * The format's rules that need more than one cell: unique codes, known industries, start years within the
 * scenario's years, and what an incentive's type says about its other fields (read from the field descriptors).
 * Each problem is located at its cell, so the domain's own report of the same rule is not repeated.
 */
final class CrossRowRules {
    private static final int CODE =
            FieldColumn.column(ItemKind.INDUSTRY, "code").orElseThrow().index();
    private static final int INCENTIVE_CODE =
            FieldColumn.column(ItemKind.INCENTIVE, "code").orElseThrow().index();
    private static final int INDUSTRY =
            FieldColumn.column(ItemKind.INCENTIVE, "industryCode").orElseThrow().index();
    private static final int TYPE =
            FieldColumn.column(ItemKind.INCENTIVE, "type").orElseThrow().index();
    private static final int START_YEAR =
            FieldColumn.column(ItemKind.INCENTIVE, "startYear").orElseThrow().index();

    private final ProblemLog log;

    CrossRowRules(ProblemLog log) {
        this.log = log;
    }

    /** The codes of the industries, each repeated one reported. */
    Set<String> industries(SheetTable industries) {
        Set<String> codes = HashSet.newHashSet(industries.rows.size());
        for (SheetTable.Row row : industries.rows) {
            unique(industries, row, CODE, codes);
        }
        return codes;
    }

    void incentives(SheetTable incentives, ScenarioSettings.Draft settings, Set<String> industryCodes) {
        Integer baseYear = settings.baseYear();
        Integer horizon = settings.horizonYears();
        Set<String> codes = HashSet.newHashSet(incentives.rows.size());
        for (SheetTable.Row row : incentives.rows) {
            @Nullable Object[] v = row.values();
            unique(incentives, row, INCENTIVE_CODE, codes);
            if (v[INDUSTRY] instanceof String industry && !industryCodes.contains(industry)) {
                error(
                        incentives,
                        row,
                        INDUSTRY,
                        industry,
                        Message.of("expected.industryCode"),
                        Message.of("problem.cell.unknownIndustry", industry));
            }
            if (v[START_YEAR] instanceof Double start && baseYear != null && horizon != null) {
                int first = baseYear + 1;
                int last = baseYear + horizon;
                if (start < first || start > last) {
                    error(
                            incentives,
                            row,
                            START_YEAR,
                            Numbers.plain(start),
                            Message.of("expected.year.within", first, last),
                            Message.of("problem.cell.startYearOutside"));
                }
            }
            if (v[TYPE] instanceof IncentiveType type) {
                typeRules(incentives, row, type);
            }
        }
    }

    private void unique(SheetTable table, SheetTable.Row row, int codeColumn, Set<String> codes) {
        if (row.values()[codeColumn] instanceof String code && !codes.add(code)) {
            error(table, row, codeColumn, code, null, Message.of("problem.cell.duplicateCode", code));
        }
    }

    /**
     * What the type says about each field: inside a field's scope a value without a default is required; outside,
     * such a value is dropped and a value that differs from its default has no effect (both a warning, not a
     * refusal); a field that must exceed another must do so; a value that the type makes a share must be one.
     */
    private void typeRules(SheetTable table, SheetTable.Row row, IncentiveType type) {
        @Nullable Object[] v = row.values();
        List<FieldColumn> columns = FieldColumn.INCENTIVES;
        for (FieldColumn column : columns) {
            InputField field = column.field();
            int i = column.index();
            Object value = v[i];
            TypeScope scope = field.scope();
            if (!field.appliesTo(type)) {
                boolean given = field.emptyOutsideScope()
                        ? value instanceof Double
                        : value instanceof Double d && !d.equals(field.defaultValue());
                if (given) {
                    Message why = Message.of("problem.cell." + scope.messageName(), type.name());
                    warning(table, row, i, Numbers.plain((Double) value), why);
                    if (field.emptyOutsideScope()) {
                        v[i] = null;
                    }
                }
                continue;
            }
            if (field.emptyOutsideScope() && value == null && !row.invalid(i)) {
                error(table, row, i, "", column.rule().expected(), Message.of("problem.cell." + scope.requiredName()));
            }
            InputField.After after = field.after();
            if (after != null
                    && value instanceof Double mine
                    && v[columnOf(after.field())] instanceof Double other
                    && (after.strict() ? mine <= other : mine < other)) {
                error(
                        table,
                        row,
                        i,
                        Numbers.plain(mine),
                        after.strict()
                                ? Message.of("expected.year.after", Numbers.plain(other))
                                : Message.of("expected.year.atLeast", Numbers.plain(other)),
                        Message.of("problem.cell." + after.messageKey().substring("problem.".length())));
            }
            Bounds share = field.asShare();
            if (share != null && type.amountIsShare() && value instanceof Double d && !share.accepts(d)) {
                error(
                        table,
                        row,
                        i,
                        Numbers.plain(d),
                        Message.of("expected.share.between", share.min(), share.max()),
                        Message.of("problem.cell.rebateShare"));
            }
        }
    }

    private static int columnOf(String key) {
        return FieldColumn.column(ItemKind.INCENTIVE, key).orElseThrow().index();
    }

    private void error(
            SheetTable table,
            SheetTable.Row row,
            int i,
            @Nullable String found,
            @Nullable Message expected,
            Message message) {
        log.add(
                table.sheet,
                table.ref(i, row.rowNumber()),
                table.headerOf(i),
                found,
                expected,
                Severity.ERROR,
                message);
    }

    private void warning(SheetTable table, SheetTable.Row row, int i, @Nullable String found, Message message) {
        log.add(table.sheet, table.ref(i, row.rowNumber()), table.headerOf(i), found, null, Severity.WARNING, message);
    }
}
