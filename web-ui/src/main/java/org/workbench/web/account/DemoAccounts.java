package org.workbench.web.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.workbench.web.security.DemoSignIns;

/** The demo sign-ins of this run, so that the login page can offer them; empty unless demo mode is on. */
@Component
class DemoAccounts implements DemoSignIns {

    record Credentials(String username, String password, Role role) {}

    private final List<Credentials> credentials = new CopyOnWriteArrayList<>();

    void remember(Credentials demo) {
        credentials.add(demo);
    }

    @Override
    public List<SignIn> all() {
        return credentials.stream()
                .map(demo ->
                        new SignIn(demo.username(), demo.password(), demo.role().name()))
                .toList();
    }
}
