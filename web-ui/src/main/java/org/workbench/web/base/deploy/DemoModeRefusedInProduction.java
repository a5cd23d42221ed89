package org.workbench.web.base.deploy;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The postgres profile is production: demo accounts (known or printed passwords) must never exist there. A profile
 * file alone cannot promise that, since the last active profile wins ({@code postgres,demo} would turn demo mode back
 * on), so this switches demo mode off whatever else asked for it, and says so in the log.
 */
class DemoModeRefusedInProduction implements EnvironmentPostProcessor {
    static final String PRODUCTION_PROFILE = "postgres";
    static final String DEMO_ENABLED = "workbench.demo.enabled";

    private final Log log;

    DemoModeRefusedInProduction(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DemoModeRefusedInProduction.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        if (environment.getProperty(DEMO_ENABLED, Boolean.class, false)) {
            log.warn("Demo mode was requested but the '" + PRODUCTION_PROFILE
                    + "' profile is production: demo accounts are not created.");
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("workbench-production-safety", Map.of(DEMO_ENABLED, "false")));
    }
}
