package org.workbench.web.security;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;

/**
 * Username and password sign-in behind the throttle: each attempt is counted before its password is checked, a
 * locked or waiting account is refused without the check, and every outcome goes to the audit log with the client
 * address.
 */
@RequiredArgsConstructor
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        @Nullable String address = address(request);
        LoginThrottle.Reservation reservation = throttle.reserve(username, address);
        if (reservation == LoginThrottle.Reservation.REFUSED) {
            audit.recordAs(username, address, AuditAction.LOGIN_FAILED, "user:" + username, Map.of("reason", "locked"));
            throw new TooManyFailuresException();
        }
        try {
            Authentication result = passwords.authenticate(request);
            throttle.recordSuccess(username, address);
            audit.recordAs(username, address, AuditAction.LOGIN_SUCCEEDED, "user:" + username, Map.of());
            return result;
        } catch (AuthenticationException failed) {
            audit.recordAs(
                    username,
                    address,
                    AuditAction.LOGIN_FAILED,
                    "user:" + username,
                    Map.of("reason", failed.getClass().getSimpleName()));
            throttle.recordFailure(address);
            if (reservation == LoginThrottle.Reservation.LAST) {
                throttle.confirmLock(username, address);
                audit.recordAs(username, address, AuditAction.ACCOUNT_LOCKED, "user:" + username, Map.of());
                throw new TooManyFailuresException();
            }
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String address(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
