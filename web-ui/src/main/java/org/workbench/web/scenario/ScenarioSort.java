package org.workbench.web.scenario;

import java.util.Optional;

/** The columns the scenario list may be sorted by, named as the list's grid and the stored rows name them. */
public enum ScenarioSort {
    NAME("name"),
    CITY("city"),
    OWNER("owner"),
    STATUS("status"),
    BASE_YEAR("baseYear"),
    HORIZON_YEARS("horizonYears"),
    NET_JOBS_FINAL("netJobsFinal"),
    NPV("npv"),
    LATEST_REVISION("latestRevision"),
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt");

    private final String property;

    ScenarioSort(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }

    /** The column of a sort property a grid sends; empty for any other text, which is then ignored. */
    public static Optional<ScenarioSort> of(String property) {
        for (ScenarioSort sort : values()) {
            if (sort.property.equals(property)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
