package org.workbench.web.base.ui;

import java.util.LinkedHashSet;
import java.util.List;

/** Which navigation entries (by path) each role is meant to see, in menu order. */
final class NavigationExpectations {
    static final List<String> ADMIN = List.of(
            "",
            "scenarios",
            "compare",
            "monitoring",
            "upload",
            "upload/history",
            "multipliers",
            "account",
            "admin/users",
            "admin/audit");
    static final List<String> PLANNER =
            List.of("", "scenarios", "compare", "monitoring", "upload", "upload/history", "multipliers", "account");
    static final List<String> STAFF =
            List.of("", "scenarios", "compare", "monitoring", "upload", "upload/history", "multipliers", "account");
    static final List<String> VIEWER = List.of("", "scenarios", "compare", "monitoring", "multipliers", "account");

    private NavigationExpectations() {}

    static List<String> union(List<String> a, List<String> b) {
        var all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
