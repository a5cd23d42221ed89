package org.workbench.domain;

import java.util.function.Predicate;

/**
 * Which incentive types a field means something for. The types' own rules ({@link IncentiveType#hasExit()} and the
 * like) decide; a scope only names a set of them so that a field can refer to it.
 */
public enum TypeScope {
    /** Every type: nothing to say, so no message. */
    ALL(type -> true, "", "", false),
    /** Exit year and multiple: what a guidance-fund stake gets back. */
    EXIT(IncentiveType::hasExit, "problem.equityOnly", "requiredForEquity", false),
    /** Talents: the number the subsidy is paid for. */
    TALENTS(IncentiveType::paysPerTalent, "problem.talentsOnly", "requiredForTalentSubsidy", false),
    /**
     * Recovery multiple: what a stake is worth when the firm fails before the exit. A value for another type would be
     * a promise the model silently drops, so anything but the default is refused.
     */
    RECOVERY(IncentiveType::hasExit, "problem.equityOnly", "requiredForEquity", true),
    /** Clawback share: what a contract takes back from a failed firm; a stake recovers through its value instead. */
    CLAWBACK(IncentiveType::clawsBack, "problem.notForEquity", "requiredForClawback", true);

    private final Predicate<IncentiveType> applies;
    private final String messageKey;
    private final String requiredName;
    private final boolean strict;

    TypeScope(Predicate<IncentiveType> applies, String messageKey, String requiredName, boolean strict) {
        this.applies = applies;
        this.messageKey = messageKey;
        this.requiredName = requiredName;
        this.strict = strict;
    }

    /** Whether a field with a default must keep it for the types outside the scope. */
    public boolean strict() {
        return strict;
    }

    /** The last part of the message keys that say a value without a default is missing for a type in the scope. */
    public String requiredName() {
        return requiredName;
    }

    /** The domain's message for a value given for a type outside the scope; its argument is the type. */
    public String messageKey() {
        return messageKey;
    }

    public boolean appliesTo(IncentiveType type) {
        return applies.test(type);
    }

    /** The last part of the message keys that say a value was given for a type outside the scope. */
    public String messageName() {
        return messageKey.isEmpty() ? "" : messageKey.substring("problem.".length());
    }
}
