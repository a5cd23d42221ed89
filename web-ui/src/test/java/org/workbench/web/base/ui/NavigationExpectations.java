package org.workbench.web.base.ui;

import java.util.LinkedHashSet;
import java.util.List;

/** Which navigation entries (by path) each role is meant to see, in menu order. */
final class NavigationExpectations {
    static final List<String> ADMIN = List.of("", "upload", "upload/history", "account", "admin/users", "admin/audit");
    static final List<String> PLANNER = List.of("", "upload", "upload/history", "account");
    static final List<String> STAFF = List.of("", "upload", "upload/history", "account");
    static final List<String> VIEWER = List.of("", "account");

    private NavigationExpectations() {}

    static List<String> union(List<String> a, List<String> b) {
        var all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
