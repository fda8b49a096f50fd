package org.kuzet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kuzet.shared.Actor;
import org.kuzet.shared.CsvTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;

/**
 * What keeps the features' boundaries (the Modulith test keeps the module graph acyclic): pages and API controllers
 * only translate HTTP to the features' use cases and back, so they hold no SQL, no transaction and no role name; the
 * legal-status model is plain Java.
 */
class ArchitectureTest {

    private static JavaClasses kuzet;

    @BeforeAll
    static void importClasses() {
        kuzet = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kuzet");
    }

    @Test
    void pagesAndApiControllersRunNoSql() {
        noClasses().that().resideInAPackage("org.kuzet.web..")
                .or().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .because("a feature owns its queries; pages and controllers call its use cases")
                .check(kuzet);
    }

    @Test
    void everyCsvFileIsWrittenThroughTheOneCellRule() {
        // Reading CSV (the spreadsheet import's CSVParser) writes nothing; only the printer writes cells.
        noClasses().that().doNotHaveFullyQualifiedName(CsvTable.class.getName())
                .and().doNotHaveFullyQualifiedName(CsvTable.Rows.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .because("CsvTable.cell keeps formulas out of every spreadsheet Kuzet writes (docs/security.md §3)")
                .check(kuzet);
    }

    @Test
    void controllersOpenNoTransaction() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().beAnnotatedWith(Transactional.class)
                .because("a use case is one transaction of its feature, whoever calls it")
                .check(kuzet);
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().resideInAPackage("org.kuzet.web..")
                .should().beAnnotatedWith(Transactional.class)
                .orShould().dependOnClassesThat().areAssignableTo(TransactionTemplate.class)
                .check(kuzet);
    }

    @Test
    void pagesAndControllersDoNotReadRoleNames() {
        // who may do what is declared once, in the security configuration, with security.Role
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().callMethod(Actor.class, "role")
                .because("authorisation is declared in security.SecurityConfiguration with Role, not in controllers")
                .check(kuzet);
    }

    @Test
    void theLegalStatusModelIsPlainJava() {
        noClasses().that().resideInAPackage("org.kuzet.legalcase")
                .and().haveSimpleNameNotEndingWith("Api")
                .and().doNotHaveSimpleName("LegalCases").and().doNotHaveSimpleName("LegalStatuses")
                .and().doNotHaveSimpleName("CaseEntry")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the rules of legal status are tested without a database or a framework")
                .check(kuzet);
    }
}
