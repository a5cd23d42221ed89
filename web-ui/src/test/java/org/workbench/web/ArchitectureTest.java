package org.workbench.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The module walls of the developers' guide, checked on the compiled classes of all three modules. */
class ArchitectureTest {
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
}
