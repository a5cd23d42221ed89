package org.workbench.web.security;

import java.util.List;

/**
 * Sign-ins the login page offers for trying the app, such as the demo accounts of a demo run. The feature that
 * creates such accounts declares a bean implementing this; with no such bean the page offers none.
 */
public interface DemoSignIns {

    /** A username and password to try, and the name of the role it signs in with (e.g. {@code PLANNER}). */
    record SignIn(String username, String password, String role) {}

    List<SignIn> all();
}
