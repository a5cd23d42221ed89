package org.workbench.web.multiplier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.domain.multiplier.SampleTables;
import org.workbench.importers.TableExporter;
import org.workbench.web.account.Role;
import org.workbench.web.base.seed.StartupSeed;

/**
 * Demo mode: on a first start without multiplier sets, the illustrative regional table is uploaded by the demo
 * planner, through the same workbook path a user's upload takes. Runs before the web server opens, after the sample
 * scenarios and before the sample linked to this table.
 */
@Component
@Order(20)
@RequiredArgsConstructor
@Slf4j
class DemoMultiplierSeeder implements StartupSeed {
    static final String OWNER = "planner";

    private final MultiplierService service;
    private final MultiplierSetRepository sets;

    @Value("${workbench.demo.enabled:false}")
    private boolean demoEnabled;

    @Override
    public void seed() {
        if (!demoEnabled || sets.count() > 0) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asPlanner = SecurityContextHolder.createEmptyContext();
        asPlanner.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OWNER, null, List.of(new SimpleGrantedAuthority(Role.PLANNER.authority()))));
        SecurityContextHolder.setContext(asPlanner);
        try {
            var workbook = new ByteArrayOutputStream();
            TableExporter.writeSet(MultiplierSet.derive(SampleTables.illustrativeRegional()), Locale.ENGLISH, workbook);
            SetUpload result = service.upload(
                    new ByteArrayInputStream(workbook.toByteArray()), "illustrative-regional-table.xlsx");
            log.info("Demo mode: multiplier set {}", result instanceof SetUpload.Stored ? "added" : result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
