package org.zhengtong.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the workflow kit is generic. Its API (the types at the module root) refers to no type of the 公文 module and
 * names no 公文 concept; the module as a whole does not depend on it either (公文 is one client of the kit, through
 * {@link ProcessTemplate}, {@link StepHandler} and {@link BusinessAccess}).
 */
class WorkflowApiTest {

    private static final String API = "org.zhengtong.workflow";
    private static final String DOCUMENT = "org.zhengtong.document..";
    private static final String DOCUMENT_WORDS = ".*([Dd]ocument|[Dd]irection|[Oo]utgoing|[Ii]ncoming).*";

    private final JavaClasses workflow = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(API);

    @Test
    void theApiRefersToNoTypeOfTheDocumentModule() {
        noClasses().that().resideInAPackage(API).should().dependOnClassesThat().resideInAPackage(DOCUMENT)
                .check(workflow);
    }

    @Test
    void theApiNamesNoDocumentConcept() {
        noClasses().that().resideInAPackage(API).should().haveNameMatching(DOCUMENT_WORDS).check(workflow);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage(API).should().haveNameMatching(DOCUMENT_WORDS)
                .check(workflow);
        noFields().that().areDeclaredInClassesThat().resideInAPackage(API).should().haveNameMatching(DOCUMENT_WORDS)
                .check(workflow);
    }

    @Test
    void noPartOfTheModuleDependsOnTheDocumentModule() {
        noClasses().that().resideInAPackage(API + "..").should().dependOnClassesThat().resideInAPackage(DOCUMENT)
                .check(workflow);
    }
}
