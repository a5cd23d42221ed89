package org.workbench.web.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the first accounts come to be. {@code adminPassword} comes from WORKBENCH_ADMIN_PASSWORD; demo accounts exist
 * only while {@code demo.enabled} is on (the demo profile), never in production.
 */
@ConfigurationProperties("workbench")
public record WorkbenchAccountProperties(@Nullable String adminPassword, Demo demo) {

    public WorkbenchAccountProperties {
        if (demo == null) {
            demo = new Demo(false, null);
        }
    }

    public record Demo(boolean enabled, @Nullable String password) {}
}
