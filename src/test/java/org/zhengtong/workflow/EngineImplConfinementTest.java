package org.zhengtong.workflow;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "the engine's public API only": the application talks to Flowable through its services and public
 * interfaces. What no public API of the engine does is confined to one adapter, {@code workflow.internal.EngineInternals},
 * whose methods say why; no other class depends on Flowable's implementation packages ({@code org.flowable..impl..}).
 */
class EngineImplConfinementTest {

    private static final String ENGINE_IMPL = "org.flowable..impl..";
    private static final String ADAPTER = "org.zhengtong.workflow.internal.EngineInternals";

    private final JavaClasses application = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.zhengtong");

    @Test
    void onlyTheAdapterUsesTheEnginesImplementationClasses() {
        noClasses().that().haveNameNotMatching(Pattern.quote(ADAPTER) + "(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage(ENGINE_IMPL)
                .because("the engine's public API serves everywhere else; what it cannot do lives in EngineInternals")
                .check(application);
    }

    @Test
    void theAdapterIsWhereTheImplementationClassesAre() {
        // the rule above must not pass because the adapter was renamed or moved
        assertThat(adapter().getDirectDependenciesFromSelf())
                .anyMatch(dependency -> resideInAPackage(ENGINE_IMPL).test(dependency.getTargetClass()));
    }

    private JavaClass adapter() {
        return application.get(ADAPTER);
    }
}
