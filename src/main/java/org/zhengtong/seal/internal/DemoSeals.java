package org.zhengtong.seal.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.Positions;

/** The demo city's seals: one 公章 per unit, its 机要秘书 (CONFIDENTIAL_SECRETARY) as custodian. */
@Component
@Order(20)
class DemoSeals implements ApplicationRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoSeals.class);
    static final String SECRETARY = Positions.CONFIDENTIAL_SECRETARY;

    private final SealRepository seals;
    private final SealService service;
    private final OrgDirectory directory;
    private final boolean demo;

    DemoSeals(SealRepository seals, SealService service, OrgDirectory directory, PlatformProperties properties) {
        this.seals = seals;
        this.service = service;
        this.directory = directory;
        this.demo = properties.demo();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || seals.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        for (OrgDirectory.UnitRef unit : directory.units()) {
            Set<String> custodians = new LinkedHashSet<>();
            directory.holders(unit.id(), SECRETARY).forEach(person -> custodians.add(person.username()));
            service.createDemoSeal(unit.id(), unit.name(), custodians);
        }
        LOG.info("demo city: {} official seals with keys in {} ms", seals.count(), (System.nanoTime() - started) / 1_000_000);
    }
}
