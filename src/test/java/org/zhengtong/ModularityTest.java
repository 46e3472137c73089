package org.zhengtong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ZhengTongApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Module diagrams and canvases: into target/ on every run, into docs/modules (committed) with
     * {@code -Dzt.writeModuleDocs=true}, so an ordinary test run leaves the working tree clean.
     */
    @Test
    void writesModuleDocumentation() {
        String folder = Boolean.getBoolean("zt.writeModuleDocs") ? "docs/modules" : "target/spring-modulith-docs";
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
