package org.kuzet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages depend on each other without cycles, and only through each other's public types. */
class ModularityTest {

    @Test
    void featurePackagesFormAnAcyclicModuleGraph() {
        ApplicationModules.of(KuzetApplication.class).verify();
    }
}
