package org.workbench.importers;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.workbench.domain.IncentiveType;

/** The incentive types' Chinese aliases; either name (or the English one with spaces for underscores) is read. */
final class IncentiveTypes {
    private static final Map<IncentiveType, String> CHINESE = new EnumMap<>(Map.of(
            IncentiveType.EQUITY, "股权投资",
            IncentiveType.JOB_SUBSIDY, "就业补贴",
            IncentiveType.TAX_REBATE, "税收返还",
            IncentiveType.LAND_DISCOUNT, "土地优惠",
            IncentiveType.TALENT_SUBSIDY, "人才补贴",
            IncentiveType.RD_GRANT, "研发资助"));

    private static final Map<String, IncentiveType> BY_NAME = new java.util.HashMap<>();

    static {
        for (IncentiveType type : IncentiveType.values()) {
            BY_NAME.put(type.name(), type);
            BY_NAME.put(type.name().toLowerCase(Locale.ROOT), type);
            BY_NAME.put(Names.normalize(CHINESE.get(type)), type);
        }
    }

    private IncentiveTypes() {}

    /** Between a type's name and its code in the template's list, e.g. "EQUITY · Guidance-fund equity". */
    static final String SEPARATOR = " · ";

    static Optional<IncentiveType> parse(String text) {
        IncentiveType exact = BY_NAME.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        String n = Names.normalize(text).replace(' ', '_').replace('-', '_');
        IncentiveType named = BY_NAME.get(n);
        if (named != null) {
            return Optional.of(named);
        }
        // An entry of the template's list: what stands before the separator (the code, or the Chinese name) decides.
        int separator = text.indexOf(SEPARATOR.strip());
        return separator > 0 ? parse(text.substring(0, separator).strip()) : Optional.empty();
    }

    /**
     * An entry of the template's Type list: the code with the app's name of the type in the chosen language beside
     * it ("EQUITY · Guidance-fund equity"; in Chinese the name first, as the Chinese workbook writes it: "股权投资 ·
     * EQUITY"). {@link #parse} reads it back.
     */
    static String listEntry(IncentiveType type, Locale locale) {
        String name = uiName(type, locale);
        return Names.chinese(locale) ? CHINESE.get(type) + SEPARATOR + type.name() : type.name() + SEPARATOR + name;
    }

    /** The name the app shows for the type, e.g. "Guidance-fund equity" or "股权投资". */
    static String uiName(IncentiveType type, Locale locale) {
        return ProblemFormatter.domainText("incentiveType." + type.name(), locale);
    }

    /** What an incentive's Amount means for the type, as the editor says it. */
    static String amountMeaning(IncentiveType type, Locale locale) {
        return ProblemFormatter.domainText("incentiveType." + type.name() + ".amountMeaning", locale);
    }

    static String title(IncentiveType type, Locale locale) {
        return Names.chinese(locale) ? CHINESE.get(type) : type.name();
    }
}
