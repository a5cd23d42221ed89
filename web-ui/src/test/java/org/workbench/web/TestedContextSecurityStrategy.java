package org.workbench.web;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points the global {@link SecurityContextHolder} at the security context strategy of the application context the
 * test runs against. Vaadin gives every application context its own strategy, with its own thread-local, and
 * installs it globally when that context starts. Once the suite has started another context (one with mock beans,
 * a dirtied one, the browser tests' server), a test on an earlier, cached context would otherwise sign its user in
 * where that context's method security never looks, and fail or pass depending on the order the classes ran in.
 * Runs after the context is injected and before Spring Security's {@code @WithMockUser} sets the user.
 */
public class TestedContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 2_500;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext.getApplicationContext());
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext.getApplicationContext());
    }

    private static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
                // Whatever an earlier test left on this thread in that strategy is not this test's user.
                strategy.clearContext();
            }
        });
    }
}
