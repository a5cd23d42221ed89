package org.workbench.web.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;
import org.workbench.web.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Vaadin runs its client with inline and evaluated scripts and inline styles, so those must stay allowed; all
     * else comes from this origin only (ECharts from /webjars too), push uses the same origin's websocket, and no
     * other site may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            AuditTrail audit,
            SessionRegistry sessionRegistry,
            SecurityProperties properties,
            SessionsValidAfter sessionsValidAfter,
            Clock clock)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/webjars/**", "/icons/**", "/styles/**", "/error", "/error/**")
                .permitAll());

        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        http.authenticationManager(
                new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, audit)));
        // The login page is named here too: this configurer exists before Vaadin's, and without a page of its own
        // Spring would switch on its generated default login page.
        http.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler()));
        http.addFilterBefore(
                new LoginOriginFilter(properties.allowedOrigins()), UsernamePasswordAuthenticationFilter.class);

        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new VaadinAwareExpiredSessionStrategy()));
        http.addFilterBefore(
                new SessionLifetimeFilter(sessionRegistry, properties, clock, audit, sessionsValidAfter::of),
                ConcurrentSessionFilter.class);

        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            // Written before the app answers: Vaadin's pages otherwise sometimes leave without them.
            @Override
            public <F extends HeaderWriterFilter> F postProcess(F filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(nosniff -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));

        http.with(
                vaadin(),
                vaadin -> vaadin.loginView(LoginView.class).addLogoutHandler((request, response, authentication) -> {
                    // A session ended by an admin or by its lifetime is signed out too; that is audited already.
                    var session = request.getSession(false);
                    var info = session == null ? null : sessionRegistry.getSessionInformation(session.getId());
                    boolean ended = info != null && info.isExpired();
                    if (authentication != null && !ended) {
                        audit.recordAs(
                                authentication.getName(),
                                request.getRemoteAddr(),
                                AuditAction.LOGOUT,
                                "user:" + authentication.getName(),
                                Map.of());
                    }
                }));
        return http.build();
    }

    /**
     * Delegating: stored hashes name their algorithm, so the default can move on without a migration. New hashes
     * are PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP's figure) rather than bcrypt, because bcrypt only reads
     * the first 72 bytes and a 128-character password (or 25 Chinese characters) is longer than that. bcrypt hashes
     * of earlier versions still match.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var pbkdf2 = new Pbkdf2PasswordEncoder("", 16, 600_000, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        Map<String, PasswordEncoder> encoders = Map.of(PBKDF2_ID, pbkdf2, "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(PBKDF2_ID, encoders);
    }

    static final String PBKDF2_ID = "pbkdf2-sha256-600k";

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry (and the open-session map) when the container creates or drops a session. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }
}
