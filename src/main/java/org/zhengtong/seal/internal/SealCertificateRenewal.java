package org.zhengtong.seal.internal;

import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;

/**
 * At start-up, seals whose certificates lie partly outside the local CA's validity (issued before that was checked,
 * e.g. the demo city's, valid from a year before the CA was made) get them issued again inside it, same keys.
 */
@Component
@Order(10)
class SealCertificateRenewal implements ApplicationRunner {

    private final SealRepository seals;
    private final KeyVault vault;
    private final AuditLog audit;
    private final Clock clock;

    SealCertificateRenewal(SealRepository seals, KeyVault vault, AuditLog audit, Clock clock) {
        this.seals = seals;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Seal seal : seals.findAll()) {
            String renewed = seal.getKeystore() == null ? null : vault.reissuedWithinCa(seal.getKeystore());
            if (renewed != null) {
                seal.keys(renewed, seal.getSm2Subject(), seal.getPdfSubject(), clock.instant());
                audit.success("seal.certificate.reissue", "seal", seal.getId(), "certificates issued again inside the CA's validity");
            }
        }
    }
}
