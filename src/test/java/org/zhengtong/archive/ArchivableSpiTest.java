package org.zhengtong.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the archive takes finished objects of any module through {@link Archivable} and {@link ReadyForArchive}.
 * No part of it depends on the 公文 module, and its API names no 公文 concept (公文 is one {@link Archivable}).
 */
class ArchivableSpiTest {

    private static final String API = "org.zhengtong.archive";
    private static final String DOCUMENT = "org.zhengtong.document..";
    private static final String DOCUMENT_WORDS = ".*([Dd]ocument|[Dd]irection|[Oo]utgoing|[Ii]ncoming).*";

    private final JavaClasses archive = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API);

    @Test
    void noPartOfTheArchiveDependsOnTheDocumentModule() {
        noClasses().that().resideInAPackage(API + "..").should().dependOnClassesThat().resideInAPackage(DOCUMENT)
                .check(archive);
    }

    @Test
    void theApiNamesNoDocumentConcept() {
        noClasses().that().resideInAPackage(API).should().haveNameMatching(DOCUMENT_WORDS).check(archive);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage(API).should().haveNameMatching(DOCUMENT_WORDS)
                .check(archive);
        noFields().that().areDeclaredInClassesThat().resideInAPackage(API).should().haveNameMatching(DOCUMENT_WORDS)
                .check(archive);
    }
}
