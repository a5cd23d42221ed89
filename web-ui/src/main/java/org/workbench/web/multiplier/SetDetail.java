package org.workbench.web.multiplier;

import java.util.List;
import org.workbench.domain.multiplier.SectorMultipliers;

/** One set with its multipliers per sector, in the table's order. */
public record SetDetail(SetSummary summary, List<SectorMultipliers> multipliers) {
    public SetDetail {
        multipliers = List.copyOf(multipliers);
    }
}
