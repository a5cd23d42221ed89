package org.workbench.web.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The demo sign-ins of this run, so that the login page can offer them; empty unless demo mode is on. */
@Component
public class DemoAccounts {

    public record Credentials(String username, String password, Role role) {}

    private final List<Credentials> credentials = new CopyOnWriteArrayList<>();

    void remember(Credentials demo) {
        credentials.add(demo);
    }

    public List<Credentials> all() {
        return List.copyOf(credentials);
    }
}
