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
                    SIGNED_IN));

    private AccessMatrixMultipliers() {}
}
