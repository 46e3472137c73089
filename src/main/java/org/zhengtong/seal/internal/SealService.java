package org.zhengtong.seal.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Roles;
import org.zhengtong.seal.Seals;

/** The seals of every unit: management (scoped by unit), signing by custodians, and verifying any file. */
@Service
class SealService implements Seals {

    private static final Logger log = LoggerFactory.getLogger(SealService.class);

    static final double DEFAULT_DIAMETER_MM = 42;

    private final SealRepository seals;
    private final KeyVault vault;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate refusalTransaction;
    private final SealTrust trust;
    private final TimeStampAuthority timeStamps;

    SealService(SealRepository seals, KeyVault vault, OrgDirectory directory, CurrentUsers currentUsers,
                AuditLog audit, Clock clock, PlatformTransactionManager transactions, SealTrust trust,
                TimeStampAuthority timeStamps) {
        this.trust = trust;
        this.timeStamps = timeStamps;
        this.seals = seals;
        this.vault = vault;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
        this.refusalTransaction = new TransactionTemplate(transactions);
        this.refusalTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    }

    // ---- the API for other modules

    @Override
    @Transactional(readOnly = true)
    public Optional<SealRef> activeSeal(long unitId) {
        LocalDate today = LocalDate.now(clock);
        return seals.findByUnitIdOrderById(unitId).stream()
                .filter(seal -> seal.getKind() == Seal.Kind.OFFICIAL && seal.validOn(today))
                .findFirst().map(SealService::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isCustodian(long sealId, String username) {
        return seals.findById(sealId).map(seal -> seal.getCustodians().contains(username)).orElse(false);
    }

    @Override
    @Transactional
    public byte[] signPdf(long sealId, String custodianUsername, byte[] pdf, StampPlacement placement) {
        Seal seal = usable(sealId, custodianUsername, "PDF");
        try {
            SealCrypto.Entry key = vault.sealKey(seal.getKeystore(), SealCrypto.PDF);
            X509Certificate ca = vault.ca(KeyVault.CA_EC).certificate();
            byte[] signed = PdfSealing.sign(pdf, key, PdfSealing.chain(key, ca), image(seal), seal.getName(),
                    unitName(seal.getUnitId()), placement, clock.instant(), timeStamps);
            audit.success("seal.sign.pdf", "seal", seal.getId(), custodianUsername);
            return signed;
        } catch (IOException | RuntimeException e) {
            log.warn("seal {}: signing a PDF for {} failed", seal.getId(), custodianUsername, e);
            boolean noTimeStamp = causedBy(e, TimeStampAuthority.Unavailable.class);
            refuse(seal.getId(), custodianUsername, "PDF: " + e.getClass().getSimpleName());
            throw new BusinessRuleException(noTimeStamp ? "seal.error.timeStamp" : "seal.error.signFailed");
        }
    }

    @Override
    @Transactional
    public byte[] signOfd(long sealId, String custodianUsername, byte[] ofd, StampPlacement placement) {
        Seal seal = usable(sealId, custodianUsername, "OFD");
        try {
            SealCrypto.Entry key = vault.sealKey(seal.getKeystore(), SealCrypto.SM2);
            var electronicSeal = OfdSealing.electronicSeal(seal.getId(), seal.getName(), kindCode(seal.getKind()),
                    image(seal), seal.getDiameterMm(), seal.getValidFrom(), seal.getValidTo(), key,
                    vault.ca(KeyVault.CA_SM2), clock.instant(), clock.getZone());
            byte[] signed = OfdSealing.sign(ofd, key, electronicSeal, placement, clock.instant());
            audit.success("seal.sign.ofd", "seal", seal.getId(), custodianUsername);
            return signed;
        } catch (Exception e) {
            log.warn("seal {}: signing an OFD for {} failed", seal.getId(), custodianUsername, e);
            refuse(seal.getId(), custodianUsername, "OFD: " + e.getClass().getSimpleName());
            throw new BusinessRuleException("seal.error.signFailed");
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static int kindCode(Seal.Kind kind) {
        // GB/T 38540 印章类型: 1 单位印章, 2 个人印章; the kind is told by the name and the custom types
        return kind == Seal.Kind.OFFICIAL ? 1 : 3;
    }

    /** The seal when it may be used now by the user; otherwise the refusal is audited and thrown. */
    private Seal usable(long sealId, String username, String format) {
        Seal seal = seals.findById(sealId).orElseThrow(() -> new NotFoundException("seal", sealId));
        LocalDate today = LocalDate.now(clock);
        String reason = null;
        if (seal.getStatus() == Seal.Status.REVOKED) {
            reason = "seal.error.revoked";
        } else if (seal.getStatus() == Seal.Status.DISABLED) {
            reason = "seal.error.disabled";
        } else if (today.isBefore(seal.getValidFrom()) || today.isAfter(seal.getValidTo())) {
            reason = "seal.error.expired";
        } else if (username == null || !seal.getCustodians().contains(username)) {
            reason = "seal.error.notCustodian";
        }
        if (reason != null) {
            refuse(sealId, username, format + ": " + reason);
            throw new BusinessRuleException(reason, seal.getName());
        }
        return seal;
    }

    /** Audits a refused use in its own transaction, so the refusal stays recorded when the caller rolls back. */
    private void refuse(long sealId, String username, String detail) {
        refusalTransaction.executeWithoutResult(status -> audit.failure("seal.sign", "seal", sealId,
                username + " " + detail));
    }

    @Override
    public VerificationReport verify(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean looksPdf = content != null && content.length > 4 && content[0] == '%' && content[1] == 'P'
                && content[2] == 'D' && content[3] == 'F';
        boolean looksZip = content != null && content.length > 4 && content[0] == 'P' && content[1] == 'K';
        String format = looksPdf || (!looksZip && name.endsWith(".pdf")) ? "PDF" : "OFD";
        if (content == null || content.length == 0) {
            return new VerificationReport(format, false, List.of());
        }
        try {
            return new VerificationReport(format, true,
                    "PDF".equals(format) ? PdfSealing.verify(content, trust) : OfdSealing.verify(content, trust));
        } catch (TooLargeToVerifyException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            log.info("verification: {} ({} bytes) is not a readable {}", fileName, content.length, format, e);
            return new VerificationReport(format, false, List.of());
        }
    }

    // ---- management

    @Transactional(readOnly = true)
    List<Seal> visible() {
        CurrentUser user = currentUsers.current();
        if (user.hasRole(Roles.SYSTEM_ADMIN)) {
            return seals.findAllByOrderByUnitIdAscIdAsc();
        }
        requireAdministrator(user);
        return user.unitId() == null ? List.of() : seals.findByUnitIdOrderById(user.unitId());
    }

    @Transactional(readOnly = true)
    Seal managed(long sealId) {
        Seal seal = seals.findById(sealId).orElseThrow(() -> new NotFoundException("seal", sealId));
        requireScope(seal.getUnitId());
        return seal;
    }

    void requireScope(long unitId) {
        CurrentUser user = currentUsers.current();
        boolean allowed = user.hasRole(Roles.SYSTEM_ADMIN)
                || (user.hasRole(Roles.UNIT_ADMIN) && user.unitId() != null && user.unitId() == unitId);
        if (!allowed) {
            throw new AccessDeniedException("unit " + unitId + " is outside the seal scope of " + user.username());
        }
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.hasRole(Roles.SYSTEM_ADMIN) && !user.hasRole(Roles.UNIT_ADMIN)) {
            throw new AccessDeniedException(user.username() + " manages no seals");
        }
    }

    /** The unit a new seal goes to: the system administrator picks, a unit administrator gets their own. */
    long unitFor(Long requested) {
        CurrentUser user = currentUsers.current();
        long unitId = user.hasRole(Roles.SYSTEM_ADMIN) && requested != null ? requested
                : Optional.ofNullable(user.unitId()).orElseThrow(() -> new BusinessRuleException("seal.error.noUnit"));
        requireScope(unitId);
        directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        return unitId;
    }

    @Transactional
    Seal create(long unitId, SealForm form, byte[] png) {
        requireScope(unitId);
        validate(form);
        String unitName = unitName(unitId);
        byte[] image = png == null || png.length == 0 ? SealImages.roundSeal(unitName, null) : reencodedPng(png);
        Instant now = clock.instant();
        Seal seal = new Seal(unitId, form.name().strip(), form.kind(), form.validFrom(), form.validTo(),
                form.diameterMm() == null ? DEFAULT_DIAMETER_MM : form.diameterMm(),
                Base64.getEncoder().encodeToString(image), now);
        String keystore = vault.issueSealKeys(seal.getName(), unitName, form.validFrom(), form.validTo());
        seal.keys(keystore, subject(keystore, SealCrypto.SM2), subject(keystore, SealCrypto.PDF), now);
        seal.custodians(custodians(unitId, form.custodians()), now);
        seals.save(seal);
        audit.success("seal.create", "seal", seal.getId(), seal.getName() + " custodians=" + seal.getCustodians());
        return seal;
    }

    @Transactional
    void update(long sealId, SealForm form) {
        Seal seal = managed(sealId);
        validate(form);
        Instant now = clock.instant();
        seal.describe(form.name().strip(), form.kind(), form.validFrom(), form.validTo(),
                form.diameterMm() == null ? seal.getDiameterMm() : form.diameterMm(), now);
        seal.custodians(custodians(seal.getUnitId(), form.custodians()), now);
        audit.success("seal.update", "seal", sealId, seal.getName() + " " + seal.getKind() + " " + seal.getValidFrom()
                + ".." + seal.getValidTo() + " custodians=" + seal.getCustodians());
    }

    @Transactional
    void replaceImage(long sealId, byte[] png) {
        Seal seal = managed(sealId);
        seal.image(Base64.getEncoder().encodeToString(reencodedPng(png)), clock.instant());
        audit.success("seal.image", "seal", sealId, png.length + " bytes");
    }

    @Transactional
    void changeStatus(long sealId, Seal.Status status) {
        Seal seal = managed(sealId);
        if (seal.getStatus() == Seal.Status.REVOKED) {
            throw new BusinessRuleException("seal.error.revoked", seal.getName());
        }
        seal.status(status, clock.instant());
        audit.success("seal.status", "seal", sealId, status.name());
    }

    /** Replaces the SM2 key (an SM2 key in the file) or the PDF key (RSA or another EC key) by an uploaded PKCS#12. */
    @Transactional
    String replaceKey(long sealId, byte[] p12, String password) {
        Seal seal = managed(sealId);
        SealCrypto.Entry entry;
        try {
            if (p12 == null || p12.length == 0 || p12.length > 64 * 1024) {
                throw new IllegalArgumentException("size");
            }
            entry = SealCrypto.firstKey(p12, password == null ? new char[0] : password.toCharArray());
            entry.certificate().checkValidity(java.util.Date.from(clock.instant()));
        } catch (Exception e) {
            log.info("seal {}: the uploaded PKCS#12 is unusable", sealId, e);
            audit.failure("seal.key.replace", "seal", sealId, "unusable PKCS#12");
            throw new BusinessRuleException("seal.error.p12");
        }
        String alias = SealCrypto.isSm2(entry.key()) ? SealCrypto.SM2 : SealCrypto.PDF;
        String keystore = vault.replace(seal.getKeystore(), alias, entry);
        seal.keys(keystore, subject(keystore, SealCrypto.SM2), subject(keystore, SealCrypto.PDF), clock.instant());
        audit.success("seal.key.replace", "seal", sealId, alias + " " + entry.certificate().getSubjectX500Principal());
        return alias;
    }

    /** The demo city's 公章 of a unit, with the generated round image. */
    @Transactional
    Seal createDemoSeal(long unitId, String unitName, Set<String> custodians) {
        Instant now = clock.instant();
        LocalDate from = LocalDate.now(clock).minusYears(1);
        LocalDate to = LocalDate.now(clock).plusYears(5);
        String name = unitName + "公章";
        Seal seal = new Seal(unitId, name, Seal.Kind.OFFICIAL, from, to, DEFAULT_DIAMETER_MM,
                Base64.getEncoder().encodeToString(SealImages.roundSeal(unitName, null)), now);
        String keystore = vault.issueSealKeys(name, unitName, from, to);
        seal.keys(keystore, subject(keystore, SealCrypto.SM2), subject(keystore, SealCrypto.PDF), now);
        seal.custodians(custodians, now);
        return seals.save(seal);
    }

    private String subject(String keystore, String alias) {
        return SealCrypto.displayName(vault.sealKey(keystore, alias).certificate());
    }

    private void validate(SealForm form) {
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 100 || form.kind() == null
                || form.validFrom() == null || form.validTo() == null) {
            throw new BusinessRuleException("seal.error.incomplete");
        }
        if (form.validTo().isBefore(form.validFrom())) {
            throw new BusinessRuleException("seal.error.validity");
        }
        if (form.diameterMm() != null && (form.diameterMm() < 10 || form.diameterMm() > 80)) {
            throw new BusinessRuleException("seal.error.diameter");
        }
    }

    /** Custodians must be people with accounts in the seal's unit. */
    private Set<String> custodians(long unitId, List<String> usernames) {
        Set<String> result = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            OrgDirectory.PersonRef person = directory.person(username.strip())
                    .orElseThrow(() -> new BusinessRuleException("seal.error.custodian", username));
            if (person.unitId() != unitId) {
                throw new BusinessRuleException("seal.error.custodian", username);
            }
            result.add(person.username());
        }
        return result;
    }

    /**
     * Only the pixels of an uploaded image are kept: it is decoded and written anew, so whatever else the file
     * carried (text chunks, an HTML page appended after the image end) is gone.
     */
    private static byte[] reencodedPng(byte[] png) {
        BufferedImage image = SealImages.readPng(png);
        if (image == null) {
            throw new BusinessRuleException("seal.error.image");
        }
        return SealImages.png(image);
    }

    static byte[] image(Seal seal) {
        return Base64.getDecoder().decode(seal.getImagePng());
    }

    String unitName(long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
    }

    List<OrgDirectory.PersonRef> people(long unitId) {
        requireScope(unitId);
        return directory.people(unitId);
    }

    private static SealRef ref(Seal seal) {
        return new SealRef(seal.getId(), seal.getUnitId(), seal.getName(), seal.getDiameterMm());
    }
}
