package org.workbench.web.security;

import static org.workbench.web.security.AccessMatrix.SIGNED_IN;
import static org.workbench.web.security.AccessMatrix.call;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.workbench.web.monitoring.MonitoringQuery;
import org.workbench.web.monitoring.MonitoringService;

/**
 * The monitoring page's rows of the {@link AccessMatrix}: everyone who reads scenarios reads the list and exports it
 * (acting on a row is the scenario's own rule). The export is handed a stream that refuses to be written, so that an
 * allowed call fails before it records the export.
 */
final class AccessMatrixMonitoring {
    private static final MonitoringQuery NOTHING_MATCHES = new MonitoringQuery("matrix-no-such-scenario", true);

    private static final OutputStream REFUSING = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("the access matrix writes no files");
        }
    };

    static final List<AccessMatrix.ServiceCall<?>> CALLS = List.of(
            call(MonitoringService.class, "incentives", s -> s.incentives(NOTHING_MATCHES), SIGNED_IN),
            call(
                    MonitoringService.class,
                    "export",
                    s -> s.export(NOTHING_MATCHES, Locale.ENGLISH, key -> key, REFUSING),
                    SIGNED_IN));

    private AccessMatrixMonitoring() {}
}
