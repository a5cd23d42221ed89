package org.workbench.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One input of the calculation model, described once: what the validator checks, what the workbook calls it, how
 * the editor shows it. The record component of the same {@link #key()} holds its value; {@link InputFields} lists
 * every field in component order.
 *
 * @param item the part of the scenario the field belongs to
 * @param key the record component's name, e.g. {@code taxRate}
 * @param kind what the value is
 * @param optional whether it may stay empty
 * @param defaultValue the workbook format's value for an empty cell, or null when there is none
 * @param bounds where a numeric value must lie
 * @param maxLength the longest text in code points; 0 for no limit of its own
 * @param scope the incentive types it means something for; outside it, a field without a default must be empty
 * @param asShare the bounds instead of {@code bounds} when the type makes the value a share (see
 *     {@link IncentiveType#amountIsShare()}); null when the meaning does not change with the type
 * @param after the field whose value this one's must exceed (or, not strict, reach), with the message when it does
 *     not; null for none
 * @param neededWhen the condition on another field under which this one is required, and outside which it must stay
 *     empty; null when the field does not depend on another
 * @param rangeable whether the value may carry a low and a high estimate
 * @param english the workbook's column or field header
 * @param chinese the header's Chinese alias
 */
public record InputField(
        ItemKind item,
        String key,
        FieldKind kind,
        boolean optional,
        @Nullable Object defaultValue,
        Bounds bounds,
        int maxLength,
        TypeScope scope,
        @Nullable Bounds asShare,
        @Nullable After after,
        @Nullable NeededWhen neededWhen,
        boolean rangeable,
        String english,
        String chinese) {

    /** A field whose value must be greater than (strict) or at least another field's value of the same item. */
    public record After(String field, String messageKey, boolean strict) {}

    /**
     * A field that is required while another field of the same item is below a limit, and must be empty otherwise, as
     * the failure year is while the success probability is below 1.
     */
    public record NeededWhen(String field, double below, String missingKey, String unexpectedKey) {
        public boolean holds(@Nullable Object other) {
            return other instanceof Number n && n.doubleValue() < below;
        }
    }

    static Builder of(ItemKind item, String key, FieldKind kind, String english, String chinese) {
        return new Builder(item, key, kind, english, chinese);
    }

    /** Spells out a field in {@link InputFields}: only what differs from a required, unlimited value is said. */
    static final class Builder {
        private final ItemKind item;
        private final String key;
        private final FieldKind kind;
        private final String english;
        private final String chinese;
        private boolean optional;
        private @Nullable Object defaultValue;
        private Bounds bounds = Bounds.ANY;
        private int maxLength;
        private TypeScope scope = TypeScope.ALL;
        private @Nullable Bounds asShare;
        private @Nullable After after;
        private @Nullable NeededWhen neededWhen;
        private boolean rangeable;

        private Builder(ItemKind item, String key, FieldKind kind, String english, String chinese) {
            this.item = item;
            this.key = key;
            this.kind = kind;
            this.english = english;
            this.chinese = chinese;
        }

        Builder optional() {
            optional = true;
            return this;
        }

        Builder defaultTo(Object value) {
            defaultValue = value;
            return this;
        }

        Builder within(Bounds limits) {
            bounds = limits;
            return this;
        }

        Builder atMost(int length) {
            maxLength = length;
            return this;
        }

        Builder only(TypeScope types) {
            scope = types;
            return this;
        }

        Builder shareWhenTypeSaysSo(Bounds limits) {
            asShare = limits;
            return this;
        }

        Builder greaterThan(String field, String messageKey) {
            after = new After(field, messageKey, true);
            return this;
        }

        Builder notBefore(String field, String messageKey) {
            after = new After(field, messageKey, false);
            return this;
        }

        Builder neededWhenBelow(String field, double limit, String missingKey, String unexpectedKey) {
            optional = true;
            neededWhen = new NeededWhen(field, limit, missingKey, unexpectedKey);
            return this;
        }

        Builder withRange() {
            rangeable = true;
            return this;
        }

        InputField build() {
            return new InputField(
                    item,
                    key,
                    kind,
                    optional,
                    defaultValue,
                    bounds,
                    maxLength,
                    scope,
                    asShare,
                    after,
                    neededWhen,
                    rangeable,
                    english,
                    chinese);
        }
    }

    /** The key of the field's label in the domain bundle, e.g. {@code field.industry.taxRate}. */
    public String labelKey() {
        return "field." + item.name().toLowerCase(Locale.ROOT) + "." + key;
    }

    /** The key of a short help text in the domain bundle, or null when the label says enough. */
    public @Nullable String helpKey() {
        return kind == FieldKind.SHARE ? "field.help.share" : null;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** Whether an empty value is a problem in every case: not optional, no default, not limited to some types. */
    public boolean required() {
        return !optional && defaultValue == null && scope == TypeScope.ALL;
    }

    /** Whether the field must stay empty for types outside its scope (it has no default to fall back on). */
    public boolean emptyOutsideScope() {
        return scope != TypeScope.ALL && defaultValue == null;
    }

    /** Whether a value other than the default is refused for types outside the scope (it would silently not count). */
    public boolean defaultOutsideScope() {
        return scope.strict() && defaultValue != null;
    }

    /** Whether the field means something for an incentive of this type; true for fields of other items. */
    public boolean appliesTo(@Nullable IncentiveType type) {
        return type == null || scope.appliesTo(type);
    }

    /** The bounds for an incentive of this type (null: not known yet). */
    public Bounds bounds(@Nullable IncentiveType type) {
        return asShare != null && type != null && type.amountIsShare() ? asShare : bounds;
    }

    /** The kind for an incentive of this type: a share where the type makes the value one. */
    public FieldKind kind(@Nullable IncentiveType type) {
        return asShare != null && type != null && type.amountIsShare() ? FieldKind.SHARE : kind;
    }

    /** The value in the type its record component holds: Integer for integral kinds, Double for other numbers. */
    public @Nullable Object normalize(@Nullable Object value) {
        if (value instanceof Number n && kind.numeric()) {
            return kind.integral() ? (Object) Integer.valueOf(n.intValue()) : (Object) Double.valueOf(n.doubleValue());
        }
        return value;
    }
}
