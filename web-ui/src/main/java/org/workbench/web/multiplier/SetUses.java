package org.workbench.web.multiplier;

import java.util.LinkedHashSet;
import java.util.Set;
import org.workbench.domain.Industry;
import org.workbench.domain.Scenario;
import org.workbench.domain.SectorLink;
import org.workbench.importers.SectorLookup;

/**
 * Records which scenarios use which sets, after checking that each link says what the stored set says: the set
 * with that id still has that name and vintage, the sector is there, and the value is that sector's multiplier of
 * that type. Only {@link MultiplierService#pin} uses it, in the saving transaction.
 */
final class SetUses {
    private final MultiplierSetRepository sets;
    private final MultiplierSetUseRepository uses;
    private final StoredSectors stored;

    SetUses(MultiplierSetRepository sets, MultiplierSetContentRepository contents, MultiplierSetUseRepository uses) {
        this.sets = sets;
        this.uses = uses;
        this.stored = new StoredSectors(sets, contents);
    }

    void pin(long scenarioId, Scenario scenario) {
        Set<Long> used = new LinkedHashSet<>();
        for (Industry industry : scenario.industries()) {
            SectorLink link = industry.sectorLink();
            if (link == null) {
                continue;
            }
            check(industry.code(), link);
            used.add(link.setId());
        }
        for (long setId : used) {
            if (!uses.existsBySetIdAndScenarioId(setId, scenarioId)) {
                var use = new MultiplierSetUseEntity();
                use.setSetId(setId);
                use.setScenarioId(scenarioId);
                uses.save(use);
            }
        }
        uses.flush();
    }

    private void check(String industry, SectorLink link) {
        MultiplierSetEntity set = sets.findById(link.setId())
                .orElseThrow(
                        () -> new SetLinkRefusedException("multiplier.link.setGone", industry, link.setReference()));
        if (!set.getName().equals(link.setName()) || set.getVintage() != link.vintage()) {
            throw new SetLinkRefusedException("multiplier.link.setGone", industry, link.setReference());
        }
        switch (stored.find(link.setId(), link.sectorCode(), link.type())) {
            case SectorLookup.Linked found -> {
                SectorLink truth = found.link();
                if (truth.regional() != link.regional() || truth.derived() != link.derived()) {
                    throw new SetLinkRefusedException(
                            "multiplier.link.otherValue", industry, link.sectorCode(), truth.derived(), link.derived());
                }
            }
            default ->
                throw new SetLinkRefusedException(
                        "multiplier.link.sectorGone", industry, link.sectorCode(), link.setReference());
        }
    }
}
