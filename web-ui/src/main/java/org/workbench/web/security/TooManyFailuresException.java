package org.workbench.web.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused for a while after too many failures; says nothing about whether the username exists. */
class TooManyFailuresException extends AuthenticationException {
    TooManyFailuresException() {
        super("Too many failed sign-ins");
    }
}
