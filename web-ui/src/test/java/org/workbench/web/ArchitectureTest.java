package org.workbench.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/**
 * The walls between the three modules and between the feature packages of the web app, checked on the compiled
 * classes. The README's "Adding a feature" says where a new feature's classes go so that these rules hold.
 */
class ArchitectureTest {
    private static final String WEB = "org.workbench.web";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.workbench");

    @Test
    void the_domain_uses_no_spring_vaadin_jpa_or_poi() {
        noClasses()
                .that()
                .resideInAPackage("org.workbench.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void the_importers_use_no_spring_or_vaadin() {
        noClasses()
                .that()
                .resideInAPackage("org.workbench.importers..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "org.workbench.web..")
                .check(CLASSES);
    }

    @Test
    void the_domain_does_not_depend_on_the_other_modules() {
        noClasses()
                .that()
                .resideInAPackage("org.workbench.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.workbench.importers..", "org.workbench.web..")
                .check(CLASSES);
    }

    /**
     * A feature is one package with its subpackages (base and security count as features here). A feature that
     * needs something of a feature above it declares a small interface that the other implements, as
     * {@code AccountOwnershipCheck} or {@code CurrentUser} do.
     */
    @Test
    void the_feature_packages_depend_on_each_other_without_cycles() {
        slices().matching(WEB + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * Risk sits just above the domain: it uses the domain and base only, so that the editor (and later the
     * comparison) can place its tab without a cycle; scenario/ui uses risk/ui, never the other way.
     */
    @Test
    void risk_depends_on_the_domain_and_base_only() {
        noClasses()
                .that()
                .resideInAPackage(WEB + ".risk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.workbench.importers..",
                        WEB + ".scenario..",
                        WEB + ".compare..",
                        WEB + ".upload..",
                        WEB + ".account..",
                        WEB + ".audit..",
                        WEB + ".report..",
                        WEB + ".multiplier..",
                        WEB + ".security..")
                .check(CLASSES);
    }

    /** The audit log is written through its interface, so that no feature depends on how it is stored. */
    @Test
    void other_features_record_through_the_audit_trail_interface() {
        noClasses()
                .that()
                .resideOutsideOfPackage(WEB + ".audit..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(WEB + ".audit.DatabaseAuditTrail")
                .check(CLASSES);
    }

    @Test
    void routes_and_layouts_live_in_ui_packages() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .should()
                .resideInAPackage(WEB + "..ui..")
                .check(CLASSES);
    }

    @Test
    void every_component_of_the_web_app_lives_in_a_ui_package() {
        classes()
                .that()
                .resideInAPackage(WEB + "..")
                .and()
                .areAssignableTo(Component.class)
                .should()
                .resideInAPackage(WEB + "..ui..")
                .check(CLASSES);
    }

    /** Configuration is the one place that wires a view into the rest, e.g. the login view into Spring Security. */
    @Test
    void services_and_persistence_never_use_the_ui() {
        noClasses()
                .that()
                .resideInAPackage(WEB + "..")
                .and()
                .resideOutsideOfPackage(WEB + "..ui..")
                .and()
                .areNotAnnotatedWith(Configuration.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(WEB + "..ui..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_inside_their_own_feature() {
        classes()
                .that()
                .resideInAPackage(WEB + "..")
                .and()
                .areAssignableTo(Repository.class)
                .or()
                .areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should(beUsedOnlyInsideTheirOwnFeature())
                .check(CLASSES);
    }

    @Test
    void views_never_use_repositories() {
        noClasses()
                .that()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void views_never_touch_jpa_entities() {
        noClasses()
                .that()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(CLASSES);
    }

    /** Workbooks are read and written by the importers module; the web app only writes its own exports. */
    @Test
    void the_web_app_uses_poi_only_in_its_excel_export_helpers() {
        noClasses()
                .that()
                .resideInAPackage(WEB + "..")
                .and()
                .haveSimpleNameNotEndingWith("ExcelWriter")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(CLASSES);
        classes()
                .that()
                .resideInAPackage(WEB + "..")
                .and()
                .haveSimpleNameEndingWith("ExcelWriter")
                .should()
                .resideOutsideOfPackage(WEB + "..ui..")
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    if (!feature.equals(feature(use.getOriginClass()))) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** The first package below {@code org.workbench.web}, e.g. {@code scenario} for its {@code ui} too. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(WEB + ".")) {
            return name;
        }
        String rest = name.substring(WEB.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
