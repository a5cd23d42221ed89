package org.workbench.web.base.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DemoModeRefusedInProductionTest {

    @Test
    void demo_mode_is_switched_off_under_the_postgres_profile_even_when_the_demo_profile_comes_last() {
        var environment = environmentWithDemoOn("postgres", "demo");

        new DemoModeRefusedInProduction(new DeferredLogs())
                .postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("workbench.demo.enabled", Boolean.class))
                .isFalse();
    }

    @Test
    void demo_mode_is_left_alone_without_the_postgres_profile() {
        var environment = environmentWithDemoOn("demo");

        new DemoModeRefusedInProduction(new DeferredLogs())
                .postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("workbench.demo.enabled", Boolean.class))
                .isTrue();
    }

    private static StandardEnvironment environmentWithDemoOn(String... profiles) {
        var environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("command-line", Map.of("workbench.demo.enabled", "true")));
        return environment;
    }
}
