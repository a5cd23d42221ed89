package org.workbench.domain;

import org.jspecify.annotations.Nullable;

/**
 * One bar of the tornado: the expected npv with one input at its low and at its high estimate, all else at its
 * value. A success row has the field {@value #SUCCESS} and the bounds 0 and 1 (certain failure, certain success).
 *
 * @param code the industry's or incentive's code; null for a scenario setting
 */
public record TornadoRow(
        ItemKind item, @Nullable String code, String field, double low, double high, double npvLow, double npvHigh) {
    public static final String SUCCESS = "successProbability";

    /** npv(high) - npv(low). */
    public double swing() {
        return npvHigh - npvLow;
    }

    public boolean successRow() {
        return SUCCESS.equals(field) && item == ItemKind.INCENTIVE;
    }
}
