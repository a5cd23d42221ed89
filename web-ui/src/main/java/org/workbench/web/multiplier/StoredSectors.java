package org.workbench.web.multiplier;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.MultiplierType;
import org.workbench.domain.SectorLink;
import org.workbench.domain.multiplier.SectorMultipliers;
import org.workbench.importers.SectorLookup;

/**
 * The stored sets as the importer and the picker look sectors up in them. Each instance remembers the few sets it
 * has read (a workbook names one set, or a handful), so that a thousand linked rows read the multipliers once.
 * Obtained only through {@link MultiplierService}, which checks who asks.
 */
final class StoredSectors implements SectorLookup {
    private static final int REMEMBERED = 8;

    private final MultiplierSetRepository sets;
    private final MultiplierSetContentRepository contents;
    private final Map<Long, List<SectorMultipliers>> read = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<SectorMultipliers>> eldest) {
            return size() > REMEMBERED;
        }
    };

    StoredSectors(MultiplierSetRepository sets, MultiplierSetContentRepository contents) {
        this.sets = sets;
        this.contents = contents;
    }

    @Override
    public synchronized Found find(String setName, int vintage, String code, MultiplierType type) {
        Optional<MultiplierSetEntity> set = sets.findByNameAndVintage(normalized(setName), vintage);
        return set.<Found>map(s -> link(s, normalized(code), type, false)).orElseGet(UnknownSet::new);
    }

    /** The link to sector {@code code} of the set with this id, as the picker offers it. */
    synchronized Found find(long setId, String code, MultiplierType type) {
        return sets.findById(setId)
                .<Found>map(s -> link(s, code.strip(), type, false))
                .orElseGet(UnknownSet::new);
    }

    private Found link(MultiplierSetEntity set, String code, MultiplierType type, boolean overridden) {
        long id = java.util.Objects.requireNonNull(set.getId());
        List<SectorMultipliers> multipliers = read.computeIfAbsent(id, this::multipliers);
        for (SectorMultipliers m : multipliers) {
            if (m.code().equals(code)) {
                Double value = value(m, type, set.isRegional());
                if (value == null || value < 1) {
                    return new NoMultiplier();
                }
                return new Linked(new SectorLink(
                        id, set.getName(), set.getVintage(), code, type, set.isRegional(), value, overridden));
            }
        }
        return new UnknownSector();
    }

    private List<SectorMultipliers> multipliers(long id) {
        return TableJson.readMultipliers(contents.findMultipliers(id).orElse(null));
    }

    /** A regional set's point is its regional figures; a national one has only its own. */
    static @Nullable Double value(SectorMultipliers m, MultiplierType type, boolean regional) {
        if (regional) {
            return type == MultiplierType.TYPE_I ? m.regionalTypeI() : m.regionalTypeII();
        }
        return type == MultiplierType.TYPE_I ? m.typeI() : m.typeII();
    }

    // A name typed in a spreadsheet may be decomposed (NFD) where the stored one is composed: compare one form.
    private static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
