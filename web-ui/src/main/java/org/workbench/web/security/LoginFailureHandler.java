package org.workbench.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login page, saying "locked for a while" for throttled sign-ins and "wrong" for all others. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String query = exception instanceof TooManyFailuresException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
