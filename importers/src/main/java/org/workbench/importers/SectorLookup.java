package org.workbench.importers;

import org.workbench.domain.MultiplierType;
import org.workbench.domain.SectorLink;

/**
 * Where the importer looks up the multiplier sets a workbook names: the importers know no database, so the app
 * passes one in ({@link ImportOptions#withSectors}); without one (the batch command) a Sector cell is not looked up.
 */
@FunctionalInterface
public interface SectorLookup {

    /** The link for sector {@code code} of the set named {@code setName} of {@code vintage}, taking {@code type}. */
    Found find(String setName, int vintage, String code, MultiplierType type);

    /** What a look-up found. */
    sealed interface Found {}

    record Linked(SectorLink link) implements Found {}

    /** No stored set has this name and vintage. */
    record UnknownSet() implements Found {}

    /** The set has no sector of this code. */
    record UnknownSector() implements Found {}

    /** The sector has no jobs, so no employment multiplier. */
    record NoMultiplier() implements Found {}
}
