package org.workbench.web.scenario.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.FieldKind;
import org.workbench.domain.Incentive;
import org.workbench.domain.IncentiveType;
import org.workbench.domain.Industry;
import org.workbench.domain.InputField;
import org.workbench.domain.InputFields;
import org.workbench.domain.InputRange;
import org.workbench.domain.InputSource;
import org.workbench.domain.ItemKind;
import org.workbench.domain.ScenarioSettings;
import org.workbench.domain.TypeScope;

/**
 * The settings, or one industry or incentive, as typed in the editor: a value per field descriptor, any of them
 * missing or out of range until the domain has checked the draft. Identity, not value, equality: two rows may hold
 * the same values.
 */
final class FieldRow {
    private final ItemKind item;
    private final @Nullable Object[] values;
    /** The low and high estimates of rangeable fields, by field key, as typed: either may be missing. */
    private final Map<String, @Nullable Double> lows = new HashMap<>();

    private final Map<String, @Nullable Double> highs = new HashMap<>();
    /** Where values come from, by field key; kept with the row, so that a changed code keeps its sources. */
    private final Map<String, String> sources = new HashMap<>();

    private FieldRow(ItemKind item, @Nullable Object[] values) {
        if (values.length != InputFields.of(item).size()) {
            throw new IllegalArgumentException("one value per field of " + item);
        }
        this.item = item;
        this.values = values;
    }

    static FieldRow of(ScenarioSettings settings) {
        return new FieldRow(
                ItemKind.SETTINGS, ScenarioSettings.Draft.of(settings).values());
    }

    static FieldRow of(Industry industry) {
        return new FieldRow(ItemKind.INDUSTRY, Industry.Draft.of(industry).values());
    }

    static FieldRow of(Incentive incentive) {
        return new FieldRow(ItemKind.INCENTIVE, Incentive.Draft.of(incentive).values());
    }

    /**
     * A new row: the workbook format's defaults, then {@code start} for what has none (by field key), so that the
     * row is valid from the first moment wherever that can be.
     */
    static FieldRow blank(ItemKind item, Map<String, Object> start) {
        List<InputField> fields = InputFields.of(item);
        @Nullable Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            InputField field = fields.get(i);
            Object value = start.containsKey(field.key()) ? start.get(field.key()) : field.defaultValue();
            values[i] = field.normalize(value);
        }
        return new FieldRow(item, values);
    }

    ItemKind item() {
        return item;
    }

    /** The low estimate of a rangeable field, or null. */
    @Nullable
    Double low(String key) {
        return lows.get(key);
    }

    @Nullable
    Double high(String key) {
        return highs.get(key);
    }

    void setLow(String key, @Nullable Double value) {
        lows.put(rangeable(key), value);
    }

    void setHigh(String key, @Nullable Double value) {
        highs.put(rangeable(key), value);
    }

    /** Takes the low and high of a stored range. */
    void setRange(InputRange range) {
        setLow(range.field(), range.low());
        setHigh(range.field(), range.high());
    }

    /** Whether a low or a high is typed for the field. */
    boolean hasRange(String key) {
        return lows.get(key) != null || highs.get(key) != null;
    }

    /** The source note of a field, or null. */
    @Nullable
    String source(String key) {
        return sources.get(key);
    }

    /** Sets or, with a blank text, removes the source note of a field. */
    void setSource(String key, @Nullable String text) {
        InputFields.get(item, key);
        String kept = InputSource.normalized(text);
        if (kept.isEmpty()) {
            sources.remove(key);
        } else {
            sources.put(key, kept);
        }
    }

    /** The source notes typed, in field order. */
    List<InputSource> sources(@Nullable String code) {
        return InputFields.of(item).stream()
                .filter(f -> sources.containsKey(f.key()))
                .map(f -> new InputSource(item, code, f.key(), sources.get(f.key())))
                .toList();
    }

    private String rangeable(String key) {
        if (!InputFields.get(item, key).rangeable()) {
            throw new IllegalArgumentException(key + " of " + item + " cannot carry a range");
        }
        return key;
    }

    @Nullable
    Object get(InputField field) {
        return values[index(field)];
    }

    @Nullable
    Object get(String key) {
        return get(InputFields.get(item, key));
    }

    void set(InputField field, @Nullable Object value) {
        values[index(field)] = field.normalize(value);
    }

    void set(String key, @Nullable Object value) {
        set(InputFields.get(item, key), value);
    }

    @Nullable
    String text(String key) {
        return get(key) instanceof String s ? s : null;
    }

    @Nullable
    IncentiveType type() {
        for (Object value : values) {
            if (value instanceof IncentiveType type) {
                return type;
            }
        }
        return null;
    }

    /**
     * Keeps the values that depend on the type consistent with it, by the fields' scopes: a field the type has no
     * use for goes back to its default (or empty); one that now applies and is empty gets a value that keeps the
     * row valid (five years after the field it must follow, a neutral multiple of 1), so the planner sees it.
     */
    void adaptToType() {
        IncentiveType type = type();
        for (InputField field : InputFields.of(item)) {
            if (field.scope() == TypeScope.ALL) {
                continue;
            }
            if (type == null || !field.appliesTo(type)) {
                set(field, field.defaultValue());
                lows.remove(field.key());
                highs.remove(field.key());
            } else if (get(field) == null) {
                set(field, startingValue(field));
            }
        }
    }

    /**
     * Keeps the fields that are needed only under a condition on another (the failure year while the success
     * probability is below 1) consistent with it: emptied when the condition no longer holds, and when it starts to
     * hold, filled with {@code starting} (a year the caller knows to lie within the scenario), so the row stays valid.
     */
    void adaptToConditions(java.util.function.Function<InputField, @Nullable Object> starting) {
        for (InputField field : InputFields.of(item)) {
            InputField.NeededWhen needed = field.neededWhen();
            if (needed == null) {
                continue;
            }
            if (!needed.holds(get(needed.field()))) {
                set(field, null);
            } else if (get(field) == null) {
                set(field, starting.apply(field));
            }
        }
    }

    /** Whether the field means something for the row as it stands: its type's scope, and its condition if any. */
    boolean applies(InputField field) {
        IncentiveType type = type();
        if (field.scope() != TypeScope.ALL && (type == null || !field.appliesTo(type))) {
            return false;
        }
        InputField.NeededWhen needed = field.neededWhen();
        return needed == null || needed.holds(get(needed.field()));
    }

    private @Nullable Object startingValue(InputField field) {
        InputField.After after = field.after();
        if (after != null) {
            return get(after.field()) instanceof Integer other ? other + 5 : null;
        }
        return field.kind() == FieldKind.NUMBER ? (Object) 1.0 : field.defaultValue();
    }

    ScenarioSettings.Draft toSettingsDraft() {
        return ScenarioSettings.Draft.ofValues(cleaned(ItemKind.SETTINGS));
    }

    Industry.Draft toIndustryDraft() {
        return Industry.Draft.ofValues(cleaned(ItemKind.INDUSTRY));
    }

    Incentive.Draft toIncentiveDraft() {
        return Incentive.Draft.ofValues(cleaned(ItemKind.INCENTIVE));
    }

    /** The values with blank texts as missing: a cleared field means "no value". */
    private @Nullable Object[] cleaned(ItemKind expected) {
        if (item != expected) {
            throw new IllegalStateException("a row of " + item + ", not " + expected);
        }
        @Nullable Object[] result = values.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String s && s.isBlank()) {
                result[i] = null;
            }
        }
        return result;
    }

    private int index(InputField field) {
        if (field.item() != item) {
            throw new IllegalArgumentException(field.key() + " is not a field of " + item);
        }
        return InputFields.indexOf(field);
    }
}
