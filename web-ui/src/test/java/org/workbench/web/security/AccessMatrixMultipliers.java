package org.workbench.web.security;

import static org.workbench.web.security.AccessMatrix.SCENARIO_WRITERS;
import static org.workbench.web.security.AccessMatrix.SIGNED_IN;
import static org.workbench.web.security.AccessMatrix.call;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.workbench.web.multiplier.MultiplierService;

/**
 * The multiplier sets' rows of the {@link AccessMatrix}: everyone signed in reads sets; those who bring workbooks in
 * upload tables. An allowed upload gets an empty file, which is refused and stores nothing.
 */
final class AccessMatrixMultipliers {
    static final List<AccessMatrix.ServiceCall<?>> CALLS = List.of(
            call(MultiplierService.class, "canUpload", MultiplierService::canUpload, SIGNED_IN),
            call(MultiplierService.class, "maxBytes", MultiplierService::maxBytes, SIGNED_IN),
            call(
                    MultiplierService.class,
                    "upload",
                    s -> s.upload(InputStream.nullInputStream(), "matrix-empty.xlsx"),
                    SCENARIO_WRITERS),
            call(MultiplierService.class, "list", MultiplierService::list, SIGNED_IN),
            call(MultiplierService.class, "get", s -> s.get(-1), SIGNED_IN),
            call(MultiplierService.class, "derivation", s -> s.derivation(-1, "none", false), SIGNED_IN),
            call(
                    MultiplierService.class,
                    "exportWorkbook",
                    s -> s.exportWorkbook(-1, Locale.ENGLISH, OutputStream.nullOutputStream()),
                    SIGNED_IN),
            call(MultiplierService.class, "sectorLookup", MultiplierService::sectorLookup, SIGNED_IN),
            call(
                    MultiplierService.class,
                    "link",
                    s -> s.link(-1, "none", org.workbench.domain.MultiplierType.TYPE_II),
                    SIGNED_IN),
            call(MultiplierService.class, "usage", s -> s.usage(-1), SIGNED_IN),
            call(MultiplierService.class, "canRemove", s -> s.canRemove(-1), SIGNED_IN),
            // an unknown set: nothing to remove
            call(MultiplierService.class, "remove", s -> s.remove(-1), SCENARIO_WRITERS),
            // a scenario without links pins nothing
            call(
                    MultiplierService.class,
                    "pin",
                    s -> s.pin(
                            -1,
                            org.workbench.domain.SampleScenarios.all()
                                    .getFirst()
                                    .scenario()),
                    SCENARIO_WRITERS));

    private AccessMatrixMultipliers() {}
}
