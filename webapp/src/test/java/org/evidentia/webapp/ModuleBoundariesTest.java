package org.evidentia.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the architecture, checked on every build: no cycle between modules, and no
 * module touching another module's internals (only its {@code api} package, and the kernel).
 */
class ModuleBoundariesTest {

  /** Every business module; a new module is added here with its first class. */
  static final List<String> MODULES =
      List.of(
          "audit", "identity", "intake", "evidence", "verification", "classification", "bundle");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.evidentia");
    // Guard against a rule that passes because it saw nothing.
    org.assertj.core.api.Assertions.assertThat(
            classes.contain("org.evidentia.audit.internal.AuditStore"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(
            classes.contain("org.evidentia.identity.internal.AccountService"))
        .isTrue();
  }

  @Test
  void modulesFormNoCycle() {
    slices().matching("org.evidentia.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noModuleReachesIntoAnotherModulesInternals() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideOutsideOfPackage("org.evidentia." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.evidentia." + module + ".internal..")
          .because("other modules use only the api package of " + module)
          .check(classes);
    }
  }

  @Test
  void kernelDependsOnNoModule() {
    noClasses()
        .that()
        .resideInAPackage("org.evidentia.kernel..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.evidentia.audit..",
            "org.evidentia.identity..",
            "org.evidentia.intake..",
            "org.evidentia.evidence..",
            "org.evidentia.verification..",
            "org.evidentia.classification..",
            "org.evidentia.bundle..",
            "org.evidentia.bagit..",
            "org.evidentia.webapp..")
        .check(classes);
  }

  /** The offline verifier runs with nothing but a Java runtime: no module, no library. */
  @Test
  void bagitStandsAlone() {
    classes()
        .that()
        .resideInAPackage("org.evidentia.bagit..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.evidentia.bagit..", "java..")
        .check(classes);
  }

  @Test
  void moduleApisExposeNoEntities() {
    noClasses()
        .that()
        .resideInAPackage("org.evidentia.*.api..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .check(classes);
  }

  @Test
  void everyModuleClassIsInItsApiOrInternalPackage() {
    for (String module : MODULES) {
      com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
          .that()
          .resideInAPackage("org.evidentia." + module + "..")
          .and()
          .doNotHaveSimpleName("package-info")
          .should()
          .resideInAnyPackage(
              "org.evidentia." + module + ".api..", "org.evidentia." + module + ".internal..")
          .check(classes);
    }
  }
}
