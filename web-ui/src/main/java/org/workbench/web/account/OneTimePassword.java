package org.workbench.web.account;

/** A password made for a user who must change it at the next sign-in; shown to the admin once, never stored. */
public record OneTimePassword(String username, String password) {
    @Override
    public String toString() {
        return "OneTimePassword[username=" + username + ", password=***]";
    }
}
