package org.workbench.importers;

import java.util.Locale;
import java.util.Optional;

/** The sheets the format knows. Only the three inputs are read; the others are ignored on import. */
enum SheetRole {
    SCENARIO("Scenario", "情景", true),
    INDUSTRIES("Industries", "产业", true),
    INCENTIVES("Incentives", "政策", true),
    README("README", "说明", false),
    RESULTS("Results", "结果", false),
    KPIS("KPIs", "关键指标", false),
    COMPARISON("Comparison", "对比", false);

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
