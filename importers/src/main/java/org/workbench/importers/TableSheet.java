package org.workbench.importers;

import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of an input-output table workbook. Sectors, Flows and Set are read; the derived sheets an export adds
 * are ignored on import, so that an exported set reads back as the table it came from.
 */
enum TableSheet {
    SECTORS("Sectors", "部门", true),
    FLOWS("Flows", "中间流量", true),
    SET("Set", "说明", true),
    MULTIPLIERS("Multipliers", "乘数", false),
    COEFFICIENTS("A", "直接消耗系数", false),
    LEONTIEF("L", "列昂惕夫逆矩阵", false),
    REGIONAL_COEFFICIENTS("A (regional)", "地区直接消耗系数", false),
    REGIONAL_LEONTIEF("L (regional)", "地区列昂惕夫逆矩阵", false),
    // the format gives 说明 to the Set sheet, so a table workbook's read-me is README in both languages
    README("README", "README", false);

    private final String english;
    private final String chinese;
    private final boolean input;

    TableSheet(String english, String chinese, boolean input) {
        this.english = english;
        this.chinese = chinese;
        this.input = input;
    }

    static Optional<TableSheet> of(String sheetName) {
        for (TableSheet sheet : values()) {
            if (Names.matches(sheetName, sheet.english, sheet.chinese)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    boolean input() {
        return input;
    }

    String both() {
        return english + " / " + chinese;
    }

    String title(Locale locale) {
        return Names.chinese(locale) ? chinese : english;
    }
}
