package org.workbench.domain;

import org.workbench.domain.multiplier.SetLabel;

/**
 * An industry's link to one sector of a stored multiplier set. It pins what a result depends on: the set (its id,
 * and its name and vintage, which never change once a scenario uses it), the sector, which multiplier, and the value
 * that multiplier had. Unless {@code overridden}, the industry's employment multiplier is exactly {@code derived};
 * when overridden, the planner's typed value counts and the link records where it would have come from.
 *
 * @param setId the stored set's id
 * @param setName the set's name, as the set list shows it
 * @param vintage the set's vintage (its year)
 * @param sectorCode the sector's code in the set's table
 * @param type Type I or Type II
 * @param regional whether the value is the regionalised one (the set's table has regional employment)
 * @param derived the multiplier the set gives that sector, at least 1
 * @param overridden whether the industry keeps a typed multiplier instead
 * @throws IllegalArgumentException when a part is missing or out of its range
 */
public record SectorLink(
        long setId,
        String setName,
        int vintage,
        String sectorCode,
        MultiplierType type,
        boolean regional,
        double derived,
        boolean overridden) {

    /** Longest set name or sector code, in code points, as the set's own workbook allows. */
    public static final int MAX_TEXT = 200;

    /** How far a stored multiplier may lie from the derived one and still count as the same (JSON round trips). */
    static final double SAME = 1e-9;

    public SectorLink {
        if (setId <= 0) {
            throw new IllegalArgumentException("a set id is positive: " + setId);
        }
        setName = text("set name", setName);
        sectorCode = text("sector code", sectorCode);
        if (vintage < SetLabel.MIN_VINTAGE || vintage > SetLabel.MAX_VINTAGE) {
            throw new IllegalArgumentException("vintage out of range: " + vintage);
        }
        if (type == null) {
            throw new IllegalArgumentException("a multiplier type is needed");
        }
        if (!Double.isFinite(derived) || derived < 1) {
            throw new IllegalArgumentException("an employment multiplier is at least 1: " + derived);
        }
    }

    private static String text(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is needed");
        }
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
            throw new IllegalArgumentException(what + " longer than " + MAX_TEXT);
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " with a control character");
        }
        return stripped;
    }

    /** The same link, keeping a typed multiplier (true) or taking the set's again (false). */
    public SectorLink withOverride(boolean keepTyped) {
        return new SectorLink(setId, setName, vintage, sectorCode, type, regional, derived, keepTyped);
    }

    /** Whether the industry's multiplier is what this link says it must be. */
    public boolean agreesWith(double employmentMultiplier) {
        return overridden || Math.abs(employmentMultiplier - derived) <= SAME * Math.max(1, Math.abs(derived));
    }

    /** The set as a workbook names it: {@code Name (2020)}. */
    public String setReference() {
        return setName + " (" + vintage + ")";
    }

    // Diffs, comparisons and reports show a link by this text: the same in both languages.
    @Override
    public String toString() {
        return sectorCode + " · " + setReference() + " · " + type.numeral() + (regional ? " · R" : "")
                + (overridden ? " · ≠" : "");
    }
}
