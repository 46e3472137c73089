package org.zhengtong.document.internal;

import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;

/** The demo city's 机关代字: each unit issues under one or two codes (市财政局: 财预, 财办). */
@Component
@Order(10)
class DemoIssuerCodes implements ApplicationRunner {

    private static final Map<String, String[]> CODES = Map.of(
            "szf", new String[] {"市政发"},
            "szfb", new String[] {"市政办发", "市政办函"},
            "czj", new String[] {"财预", "财办"},
            "zjj", new String[] {"市建发"},
            "jgswj", new String[] {"市机关发"},
            "fgw", new String[] {"市发改"},
            "bhq", new String[] {"北政发"},
            "sxq", new String[] {"苏政发"});

    private final IssuerCodeRepository issuerCodes;
    private final OrgDirectory directory;
    private final boolean demo;

    DemoIssuerCodes(IssuerCodeRepository issuerCodes, OrgDirectory directory, PlatformProperties properties) {
        this.issuerCodes = issuerCodes;
        this.directory = directory;
        this.demo = properties.demo();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || issuerCodes.count() > 0) {
            return;
        }
        for (OrgDirectory.UnitRef unit : directory.units()) {
            String[] codes = CODES.getOrDefault(unit.code(), new String[] {unit.shortName().replace("市", "") + "发"});
            for (String code : codes) {
                issuerCodes.save(new IssuerCode(code, unit.id()));
            }
        }
    }
}
