package org.workbench.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.extern.slf4j.Slf4j;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workbench.web.base.LogSafe;

/**
 * Refuses sign-in posts from other sites (login CSRF: a page elsewhere signing the victim's browser into the
 * attacker's account). Browsers name the posting page's origin in {@code Origin}, or at least in {@code Referer};
 * either must be the app's own origin or one configured for a proxy in front of it. A post naming neither comes from
 * no browser page, so it cannot be a forged one, and is let through.
 */
@Slf4j
class LoginOriginFilter extends OncePerRequestFilter {
    private final Set<String> allowed;

    LoginOriginFilter(List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream()
                .map(LoginOriginFilter::origin)
                .filter(o -> o != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        @Nullable String claimed = request.getHeader("Origin");
        if (claimed == null) {
            claimed = request.getHeader("Referer");
        }
        if (claimed != null && !isOwn(origin(claimed), request)) {
            log.warn("Refused a sign-in posted from another origin: {}", LogSafe.text(claimed));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOwn(@Nullable String origin, HttpServletRequest request) {
        if (origin == null) {
            return false;
        }
        String own = origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        return origin.equals(own) || allowed.contains(origin);
    }

    /** scheme://host[:port] in lower case, the port left out when it is the scheme's default; null if unreadable. */
    static @Nullable String origin(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }
}
