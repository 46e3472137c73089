package org.zhengtong.seal.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The installation's own time-stamping authority, used when no {@code zhengtong.seal.tsa-url} is configured: tokens
 * carry the application clock's time and are signed by the TSA key the local seal CA certified (kept with the CA in
 * {@link KeyVault}). It vouches for the time only as far as the installation itself is trusted.
 */
final class LocalTimeStampAuthority implements TimeStampAuthority {

    /** The TSA policy: an OID under the UUID arc 2.25 (ITU-T X.667), which needs no registration. */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier(
            "2.25." + new BigInteger("6c1f3a2e9b6d4f0e8a7c5b3d1e2f4a6b", 16));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyVault vault;
    private final Clock clock;

    LocalTimeStampAuthority(KeyVault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public byte[] timeStamp(byte[] sha256) throws Unavailable {
        SealCrypto.Entry tsa = vault.timeStampKey();
        try {
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().setProvider(SealCrypto.BC)
                            .build(SealCrypto.PDF_ALGORITHM, tsa.key(), tsa.certificate()),
                    new JcaDigestCalculatorProviderBuilder().setProvider(SealCrypto.BC).build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    POLICY);
            generator.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
            TimeStampRequestGenerator request = new TimeStampRequestGenerator();
            request.setCertReq(true);
            TimeStampRequest query = request.generate(TSPAlgorithms.SHA256, sha256);
            return generator.generate(query, new BigInteger(63, RANDOM), Date.from(clock.instant())).getEncoded();
        } catch (Exception e) {
            throw new Unavailable("the local time-stamping authority failed", e);
        }
    }
}
