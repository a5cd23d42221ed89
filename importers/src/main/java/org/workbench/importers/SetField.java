package org.workbench.importers;

import org.jspecify.annotations.Nullable;
import org.workbench.domain.multiplier.SetLabel;

/** The rows of sheet Set of an input-output table workbook, laid out as Field | Value like sheet Scenario. */
enum SetField implements ColumnDef {
    NAME("Name", "名称", Rule.textLength(1, 200)),
    VINTAGE("Vintage", "年份", Rule.range(ValueKind.YEAR, true, SetLabel.MIN_VINTAGE, SetLabel.MAX_VINTAGE)),
    SOURCE("Source", "来源", Rule.textLength(1, 1000)),
    DELTA("Delta", "FLQ delta", Rule.fromBelow(ValueKind.NUMBER, 0, 1, SetLabel.DEFAULT_DELTA));

    private final String english;
    private final String chinese;
    private final Rule rule;

    SetField(String english, String chinese, Rule rule) {
        this.english = english;
        this.chinese = chinese;
        this.rule = rule;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public Rule rule() {
        return rule;
    }

    static @Nullable SetField ofField(@Nullable String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "setName" -> NAME;
            case "vintage" -> VINTAGE;
            case "source" -> SOURCE;
            case "delta" -> DELTA;
            default -> null;
        };
    }
}
