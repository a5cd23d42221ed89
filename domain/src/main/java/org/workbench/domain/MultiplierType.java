package org.workbench.domain;

/**
 * Which employment multiplier of a sector an industry takes from a set: Type I counts the jobs along the supply
 * chain, Type II adds those that the households' spending of their wages creates (households closed in).
 */
public enum MultiplierType {
    TYPE_I,
    TYPE_II;

    /** The roman numeral the workbook and the editor show, the same in both languages. */
    public String numeral() {
        return this == TYPE_I ? "I" : "II";
    }

    /** The type a workbook cell names: I, II, 1, 2, Type I, I型 ... ; null for anything else. */
    public static @org.jspecify.annotations.Nullable MultiplierType parse(
            @org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip()
                .toUpperCase(java.util.Locale.ROOT)
                .replace("TYPE", "")
                .replace("型", "")
                .replace("_", "")
                .strip();
        return switch (t) {
            case "I", "1", "Ⅰ" -> TYPE_I;
            case "II", "2", "Ⅱ" -> TYPE_II;
            default -> null;
        };
    }
}
