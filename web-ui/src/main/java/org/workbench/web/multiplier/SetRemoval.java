package org.workbench.web.multiplier;

/** What became of a request to remove a set. Only a set no scenario uses is removed. */
public sealed interface SetRemoval {
    record Removed(String name, int vintage) implements SetRemoval {}

    /** Scenarios use it: it stays, as it is, so that their results can be reproduced. */
    record InUse(String name, int vintage, long scenarios) implements SetRemoval {}

    record NotFound() implements SetRemoval {}
}
