package org.workbench.domain.multiplier;

import org.jspecify.annotations.Nullable;

/**
 * The multipliers of one sector. An employment multiplier is null when the sector has no jobs: jobs elsewhere per
 * job in a sector without jobs is not a number. The regional ones are null when the table has no regional
 * employment.
 */
public record SectorMultipliers(
        String code,
        String name,
        double output,
        @Nullable Double typeI,
        @Nullable Double typeII,
        @Nullable Double regionalOutput,
        @Nullable Double regionalTypeI,
        @Nullable Double regionalTypeII) {}
