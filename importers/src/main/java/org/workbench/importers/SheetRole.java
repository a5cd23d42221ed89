package org.workbench.importers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets the format knows. The inputs are read (the first three are required, Ranges, Actuals and Sources are
 * optional); the others are what an export adds, and are ignored on import.
 */
enum SheetRole {
    SCENARIO("Scenario", "情景", true),
    INDUSTRIES("Industries", "产业", true),
    INCENTIVES("Incentives", "政策", true),
    RANGES("Ranges", "区间", true),
    ACTUALS("Actuals", "实际", true),
    SOURCES("Sources", "来源", true),
    README("README", "说明", false),
    RESULTS("Results", "结果", false),
    RESULTS_EXPECTED("Results (expected)", "结果（预期）", false),
    RESULTS_MONITORED("Results (monitored)", "结果（监测）", false),
    KPIS("KPIs", "关键指标", false),
    RISK("Risk", "风险", false),
    FAN("Fan", "扇形图", false),
    COMPARISON("Comparison", "对比", false);

    /** The input sheets every workbook must hold (unless an upload fills them from a scenario). */
    static final List<SheetRole> REQUIRED = List.of(SCENARIO, INDUSTRIES, INCENTIVES);

    private final String english;
    private final String chinese;
    private final boolean input;

    SheetRole(String english, String chinese, boolean input) {
        this.english = english;
        this.chinese = chinese;
        this.input = input;
    }

    static Optional<SheetRole> of(String sheetName) {
        for (SheetRole role : values()) {
            if (Names.matches(sheetName, role.english, role.chinese)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    boolean input() {
        return input;
    }

    String english() {
        return english;
    }

    String title(Locale locale) {
        return Names.chinese(locale) ? chinese : english;
    }
}
