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

    static Optional<IncentiveType> parse(String text) {
        IncentiveType exact = BY_NAME.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        String n = Names.normalize(text).replace(' ', '_').replace('-', '_');
        return Optional.ofNullable(BY_NAME.get(n));
    }

    static String title(IncentiveType type, Locale locale) {
        return Names.chinese(locale) ? CHINESE.get(type) : type.name();
    }
}
