package org.workbench.domain;

import static org.workbench.domain.FieldKind.CURRENCY;
import static org.workbench.domain.FieldKind.INTEGER;
import static org.workbench.domain.FieldKind.MONEY;
import static org.workbench.domain.FieldKind.NUMBER;
import static org.workbench.domain.FieldKind.SECTOR;
import static org.workbench.domain.FieldKind.SHARE;
import static org.workbench.domain.FieldKind.TEXT;
import static org.workbench.domain.FieldKind.TYPE;
import static org.workbench.domain.FieldKind.YEAR;
import static org.workbench.domain.ItemKind.INCENTIVE;
import static org.workbench.domain.ItemKind.INDUSTRY;
import static org.workbench.domain.ItemKind.SETTINGS;

import java.util.List;
import java.util.Optional;

/**
 * Every input field of the calculation model, in the order of the record components that hold them. Validation,
 * the workbook's columns, the export and the editor read these lists; a new input is one line here, its record
 * component and its label.
 */
public final class InputFields {
    /** Names are shown in lists and headings; 200 code points is more than any seen. */
    public static final int MAX_NAME_LENGTH = 200;

    public static final List<InputField> SETTINGS_FIELDS = List.of(
            InputField.of(SETTINGS, "name", TEXT, "Name", "名称")
                    .atMost(MAX_NAME_LENGTH)
                    .build(),
            InputField.of(SETTINGS, "city", TEXT, "City", "城市").optional().build(),
            InputField.of(SETTINGS, "baseYear", YEAR, "Base year", "基准年")
                    .within(Bounds.between(ScenarioSettings.MIN_BASE_YEAR, ScenarioSettings.MAX_BASE_YEAR))
                    .build(),
            InputField.of(SETTINGS, "horizonYears", INTEGER, "Horizon years", "预测年数")
                    .within(Bounds.between(1, ScenarioSettings.MAX_HORIZON_YEARS))
                    .build(),
            InputField.of(SETTINGS, "discountRate", SHARE, "Discount rate", "贴现率")
                    .within(Bounds.between(0, 1))
                    .build(),
            InputField.of(SETTINGS, "householdSize", NUMBER, "Household size", "户均人口")
                    .within(Bounds.above(0))
                    .withRange()
                    .build(),
            InputField.of(SETTINGS, "inMigrantShare", SHARE, "In-migrant share", "外来就业比例")
                    .within(Bounds.between(0, 1))
                    .withRange()
                    .build(),
            InputField.of(SETTINGS, "serviceCostPerResident", MONEY, "Service cost per resident", "人均公共服务成本")
                    .within(Bounds.atLeast(0))
                    .withRange()
                    .build(),
            InputField.of(SETTINGS, "currency", CURRENCY, "Currency", "货币")
                    .defaultTo(ScenarioSettings.DEFAULT_CURRENCY)
                    .build(),
            InputField.of(SETTINGS, "description", TEXT, "Description", "说明")
                    .optional()
                    .build(),
            // Version 2: every new input has a default under which the version 1 results stay as they were.
            InputField.of(SETTINGS, "budgetRevenue", MONEY, "Budget revenue", "一般公共预算收入")
                    .within(Bounds.atLeast(0))
                    .defaultTo(0.0)
                    .build(),
            InputField.of(SETTINGS, "budgetGrowth", SHARE, "Budget growth", "预算收入增长率")
                    .within(Bounds.between(-0.5, 1))
                    .defaultTo(0.0)
                    .build(),
            InputField.of(SETTINGS, "successCorrelation", SHARE, "Success correlation", "成败相关系数")
                    .within(Bounds.between(0, 1))
                    .defaultTo(0.0)
                    .build(),
            InputField.of(SETTINGS, "draws", INTEGER, "Draws", "模拟次数")
                    .within(Bounds.between(ScenarioSettings.MIN_DRAWS, ScenarioSettings.MAX_DRAWS))
                    .defaultTo(ScenarioSettings.DEFAULT_DRAWS)
                    .build(),
            InputField.of(SETTINGS, "seed", INTEGER, "Seed", "随机种子")
                    .defaultTo(ScenarioSettings.DEFAULT_SEED)
                    .build(),
            InputField.of(SETTINGS, "behindThreshold", SHARE, "Behind threshold", "滞后阈值")
                    .within(Bounds.between(0, 1))
                    .defaultTo(ScenarioSettings.DEFAULT_BEHIND_THRESHOLD)
                    .build());

    public static final List<InputField> INDUSTRY_FIELDS = List.of(
            InputField.of(INDUSTRY, "code", TEXT, "Code", "代码").build(),
            InputField.of(INDUSTRY, "name", TEXT, "Name", "名称")
                    .atMost(MAX_NAME_LENGTH)
                    .build(),
            InputField.of(INDUSTRY, "baselineJobs", NUMBER, "Baseline jobs", "基准就业")
                    .within(Bounds.atLeast(0))
                    .defaultTo(0.0)
                    .build(),
            InputField.of(INDUSTRY, "valueAddedPerJob", MONEY, "Value added per job", "人均增加值")
                    .within(Bounds.above(0))
                    .withRange()
                    .build(),
            InputField.of(INDUSTRY, "productivityGrowth", SHARE, "Productivity growth", "生产率增长")
                    .within(Bounds.between(-0.5, 1))
                    .defaultTo(0.0)
                    .withRange()
                    .build(),
            InputField.of(INDUSTRY, "averageWage", MONEY, "Average wage", "平均工资")
                    .within(Bounds.atLeast(0))
                    .defaultTo(0.0)
                    .withRange()
                    .build(),
            InputField.of(INDUSTRY, "taxRate", SHARE, "Tax rate", "税率")
                    .within(Bounds.between(0, 1))
                    .withRange()
                    .build(),
            InputField.of(INDUSTRY, "employmentMultiplier", NUMBER, "Employment multiplier", "就业乘数")
                    .within(Bounds.atLeast(1))
                    .defaultTo(1.0)
                    .withRange()
                    .build(),
            InputField.of(INDUSTRY, "displacement", SHARE, "Displacement", "挤出比例")
                    .within(Bounds.fromBelow(0, 1))
                    .defaultTo(0.0)
                    .withRange()
                    .build(),
            // Version 2: the employment multiplier may come from a sector of a stored multiplier set.
            InputField.of(INDUSTRY, "sectorLink", SECTOR, "Sector", "部门代码")
                    .optional()
                    .build());

    public static final List<InputField> INCENTIVE_FIELDS = List.of(
            InputField.of(INCENTIVE, "code", TEXT, "Code", "代码").build(),
            InputField.of(INCENTIVE, "name", TEXT, "Name", "名称")
                    .atMost(MAX_NAME_LENGTH)
                    .build(),
            InputField.of(INCENTIVE, "type", TYPE, "Type", "类型").build(),
            InputField.of(INCENTIVE, "industryCode", TEXT, "Industry", "产业").build(),
            InputField.of(INCENTIVE, "startYear", YEAR, "Start year", "起始年").build(),
            InputField.of(INCENTIVE, "durationYears", INTEGER, "Duration", "持续年数")
                    .within(Bounds.atLeast(1))
                    .defaultTo(1)
                    .build(),
            InputField.of(INCENTIVE, "committedJobs", NUMBER, "Committed jobs", "承诺就业")
                    .within(Bounds.atLeast(0))
                    .defaultTo(0.0)
                    .withRange()
                    .build(),
            InputField.of(INCENTIVE, "rampYears", INTEGER, "Ramp years", "爬坡年数")
                    .within(Bounds.atLeast(1))
                    .defaultTo(1)
                    .build(),
            InputField.of(INCENTIVE, "butForShare", SHARE, "But-for share", "增量比例")
                    .within(Bounds.between(0, 1))
                    .withRange()
                    .build(),
            InputField.of(INCENTIVE, "amount", MONEY, "Amount", "金额")
                    .within(Bounds.atLeast(0))
                    .shareWhenTypeSaysSo(Bounds.between(0, 1))
                    .withRange()
                    .build(),
            InputField.of(INCENTIVE, "talents", NUMBER, "Talents", "人才数")
                    .within(Bounds.atLeast(0))
                    .defaultTo(0.0)
                    .only(TypeScope.TALENTS)
                    .withRange()
                    .build(),
            InputField.of(INCENTIVE, "exitYear", YEAR, "Exit year", "退出年")
                    .only(TypeScope.EXIT)
                    .greaterThan("startYear", "problem.exitNotAfterStart")
                    .build(),
            InputField.of(INCENTIVE, "exitMultiple", NUMBER, "Exit multiple", "退出倍数")
                    .within(Bounds.atLeast(0))
                    .only(TypeScope.EXIT)
                    .withRange()
                    .build(),
            InputField.of(INCENTIVE, "successProbability", SHARE, "Success probability", "成功概率")
                    .within(Bounds.between(0, 1))
                    .defaultTo(1.0)
                    .build(),
            InputField.of(INCENTIVE, "failureYear", YEAR, "Failure year", "失败年")
                    .neededWhenBelow(
                            "successProbability", 1.0, "problem.failureYearRequired", "problem.failureYearUnexpected")
                    .notBefore("startYear", "problem.failureBeforeStart")
                    .build(),
            InputField.of(INCENTIVE, "recoveryMultiple", NUMBER, "Recovery multiple", "回收倍数")
                    .within(Bounds.atLeast(0))
                    .defaultTo(0.0)
                    .only(TypeScope.RECOVERY)
                    .withRange()
                    .build(),
            InputField.of(INCENTIVE, "clawbackShare", SHARE, "Clawback share", "追回比例")
                    .within(Bounds.between(0, 1))
                    .defaultTo(0.0)
                    .only(TypeScope.CLAWBACK)
                    .withRange()
                    .build());

    private InputFields() {}

    /** The fields of one part of a scenario, in record component order. */
    public static List<InputField> of(ItemKind item) {
        return switch (item) {
            case SETTINGS -> SETTINGS_FIELDS;
            case INDUSTRY -> INDUSTRY_FIELDS;
            case INCENTIVE -> INCENTIVE_FIELDS;
        };
    }

    /** The field of this name (a record component name, as in {@link DomainProblem#field()}). */
    public static Optional<InputField> find(ItemKind item, String key) {
        for (InputField field : of(item)) {
            if (field.key().equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The field of this name; throws when there is none (a programming error). */
    public static InputField get(ItemKind item, String key) {
        return find(item, key).orElseThrow(() -> new IllegalArgumentException("no field " + key + " of " + item));
    }

    /** The position of a field in its list and in its records' components. */
    public static int indexOf(InputField field) {
        return of(field.item()).indexOf(field);
    }
}
