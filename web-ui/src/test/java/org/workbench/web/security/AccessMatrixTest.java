package org.workbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.workbench.web.security.AccessMatrix.ServiceCall;
import org.workbench.web.security.AccessMatrix.ViewRow;
import org.workbench.web.security.AccessMatrix.Who;

/** Every view and every service method of {@link AccessMatrix} against every role and anonymous. */
@SpringBootTest
@ActiveProfiles("test")
class AccessMatrixTest {
    private static final String BASE_PACKAGE = "org.workbench.web";

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TestFactory
    Stream<DynamicTest> each_view_opens_exactly_for_the_roles_it_is_meant_for() {
        var checker = new AccessAnnotationChecker();
        return AccessMatrix.VIEWS.stream()
                .flatMap(row -> AccessMatrix.all().stream()
                        .map(who -> DynamicTest.dynamicTest(
                                simpleName(row.viewClass()) + " for " + who + " is " + verdict(row.allowed(), who),
                                () -> {
                                    Principal principal = who == Who.ANONYMOUS ? null : () -> "matrix-" + who;
                                    boolean allowed = checker.hasAccess(
                                            Class.forName(row.viewClass()), principal, who.name()::equals);
                                    assertThat(allowed).isEqualTo(row.allowed().contains(who));
                                })));
    }

    @TestFactory
    Stream<DynamicTest> each_service_method_answers_exactly_the_roles_it_is_meant_for() {
        return AccessMatrix.SERVICE_CALLS.stream()
                .flatMap(row -> AccessMatrix.all().stream()
                        .map(who -> DynamicTest.dynamicTest(
                                row.service().getSimpleName() + "." + row.method() + " for " + who + " is "
                                        + verdict(row.allowed(), who),
                                () -> {
                                    signInAs(who);
                                    Throwable thrown = catchThrowable(() -> invoke(row));
                                    boolean refused = thrown instanceof AccessDeniedException
                                            || thrown instanceof AuthenticationException;
                                    assertThat(refused)
                                            .as("refused (threw %s)", thrown)
                                            .isEqualTo(!row.allowed().contains(who));
                                })));
    }

    @Test
    void every_route_of_the_app_has_a_row_in_the_matrix() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(bean -> bean.getBeanClassName())
                .collect(Collectors.toSet());
        Set<String> rows = AccessMatrix.VIEWS.stream().map(ViewRow::viewClass).collect(Collectors.toSet());
        assertThat(rows).as("views in AccessMatrix.VIEWS").containsAll(routes);
    }

    @Test
    void every_public_method_of_a_service_in_the_matrix_is_called_there() {
        for (Class<?> service : AccessMatrix.SERVICE_CALLS.stream()
                .map(ServiceCall::service)
                .distinct()
                .toList()) {
            Set<String> called = AccessMatrix.SERVICE_CALLS.stream()
                    .filter(call -> call.service() == service)
                    .map(ServiceCall::method)
                    .collect(Collectors.toSet());
            assertThat(called).as("calls of %s", service.getSimpleName()).containsAll(publicMethods(service));
        }
    }

    /**
     * Views carry {@code @RolesAllowed} for Vaadin's navigation check only: were method security to read it too, a
     * view would become a Spring proxy, whose fields tests and listeners cannot reach.
     */
    @Test
    void method_security_wraps_no_view_in_a_proxy() throws ClassNotFoundException {
        var advisors = context.getBeansOfType(AuthorizationAdvisor.class).values();
        assertThat(advisors).as("method security advisors").isNotEmpty();
        for (ViewRow row : AccessMatrix.VIEWS) {
            Class<?> view = Class.forName(row.viewClass());
            assertThat(advisors)
                    .as("advisors that would wrap %s", simpleName(row.viewClass()))
                    .noneMatch(advisor -> AopUtils.canApply(advisor, view));
        }
        for (Class<?> service : AccessMatrix.SERVICE_CALLS.stream()
                .<Class<?>>map(ServiceCall::service)
                .distinct()
                .toList()) {
            assertThat(advisors)
                    .as("advisors that guard %s", service.getSimpleName())
                    .anyMatch(advisor -> AopUtils.canApply(advisor, service));
        }
    }

    /**
     * Method security is on with Spring's annotations only ({@code jsr250Enabled} is off, so that views, which
     * carry {@code @RolesAllowed} for Vaadin's navigation check, do not become proxies): a public service method is
     * guarded by its own {@code @PreAuthorize}/{@code @PostAuthorize} or by its class's {@code @PreAuthorize}.
     */
    @Test
    void every_public_method_of_every_service_carries_method_security() {
        List<String> unguarded = services()
                .flatMap(type -> publicDeclaredMethods(type)
                        .filter(m -> !guarded(m) && !type.isAnnotationPresent(PreAuthorize.class))
                        .map(m -> type.getSimpleName() + "." + m.getName()))
                .toList();
        assertThat(unguarded).isEmpty();
    }

    /** Jakarta's annotations would be ignored on a service now, and a reader would take them for a guard. */
    @Test
    void no_service_relies_on_jakarta_security_annotations() {
        List<String> ignored = services()
                .flatMap(type -> Stream.concat(Stream.of(type), publicDeclaredMethods(type))
                        .filter(AccessMatrixTest::jakartaAnnotated)
                        .map(element -> type.getSimpleName() + " " + element))
                .toList();
        assertThat(ignored).isEmpty();
    }

    private static Stream<Class<?>> services() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .<Class<?>>map(bean -> load(bean.getBeanClassName()))
                .filter(type -> Modifier.isPublic(type.getModifiers()));
    }

    private static Stream<Method> publicDeclaredMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic());
    }

    @SuppressWarnings("unchecked")
    private <S> void invoke(ServiceCall<S> row) throws Exception {
        row.call().invoke(context.getBean(row.service()));
    }

    private static void signInAs(Who who) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                who == Who.ANONYMOUS
                        ? new AnonymousAuthenticationToken(
                                "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                        : UsernamePasswordAuthenticationToken.authenticated(
                                "matrix-" + who, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + who)));
        SecurityContextHolder.setContext(security);
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toSet());
    }

    private static boolean guarded(Method method) {
        return method.isAnnotationPresent(PreAuthorize.class) || method.isAnnotationPresent(PostAuthorize.class);
    }

    private static boolean jakartaAnnotated(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verdict(Set<Who> allowed, Who who) {
        return allowed.contains(who) ? "allowed" : "refused";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
