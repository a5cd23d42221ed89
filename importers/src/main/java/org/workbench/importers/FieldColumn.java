package org.workbench.importers;

import java.util.List;
import java.util.Optional;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;

/**
 * A column of sheet Industries or Incentives, or a row of sheet Scenario: the input field it holds and the format's
 * rule for its cells, both read from the field's descriptor.
 */
record FieldColumn(InputField field, Rule rule, int index) implements ColumnDef {
    static final List<FieldColumn> SCENARIO = build(ItemKind.SETTINGS);
    static final List<FieldColumn> INDUSTRIES = build(ItemKind.INDUSTRY);
    static final List<FieldColumn> INCENTIVES = build(ItemKind.INCENTIVE);

    /** The two column headers of sheet Scenario. */
    static final ColumnDef FIELD_HEADER = new Header("Field", "字段");

    static final ColumnDef VALUE_HEADER = new Header("Value", "值");

    /** The columns (or Scenario rows) of one part of a scenario, in field order. */
    static List<FieldColumn> of(ItemKind item) {
        return switch (item) {
            case SETTINGS -> SCENARIO;
            case INDUSTRY -> INDUSTRIES;
            case INCENTIVE -> INCENTIVES;
        };
    }

    private static List<FieldColumn> build(ItemKind item) {
        List<InputField> fields = InputFields.of(item);
        return fields.stream()
                .map(f -> new FieldColumn(f, Rule.of(f), fields.indexOf(f)))
                .toList();
    }

    /** The column of a field (a record component name, as in a DomainProblem's field), if there is one. */
    static Optional<FieldColumn> column(ItemKind item, String key) {
        return InputFields.find(item, key).map(f -> of(item).get(InputFields.indexOf(f)));
    }

    @Override
    public String english() {
        return field.english();
    }

    @Override
    public String chinese() {
        return field.chinese();
    }

    private record Header(String english, String chinese) implements ColumnDef {
        @Override
        public Rule rule() {
            return Rule.text(true);
        }
    }
}
