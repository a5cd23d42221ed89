package org.workbench.web.base.seed;

/**
 * Data the app needs before anyone can use it (the first admin, demo accounts, samples). Every seed runs once per
 * start, in {@link org.springframework.core.annotation.Order} order, before the web server opens its port.
 */
public interface StartupSeed {
    void seed();
}
