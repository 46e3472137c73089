package org.zhengtong.seal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may do with seals. Signing draws the seal image as the signature's appearance at the given
 * placement, so the layout leaves the seal area empty and an unsealed preview shows no seal.
 */
public interface Seals {

    /** The unit's official seal (公章) that is valid today, if any. */
    Optional<SealRef> activeSeal(long unitId);

    boolean isCustodian(long sealId, String username);

    /**
     * Signs a PDF with the seal's key, visibly at the placement. Refused with a {@code BusinessRuleException} unless
     * the seal is valid and the user is one of its custodians.
     */
    byte[] signPdf(long sealId, String custodianUsername, byte[] pdf, StampPlacement placement);

    /** Signs an OFD per GB/T 38540 (SM2 with SM3), the seal drawn at the placement. Same refusals as for PDF. */
    byte[] signOfd(long sealId, String custodianUsername, byte[] ofd, StampPlacement placement);

    /**
     * Reads the signatures of an uploaded PDF or OFD; never throws for a malformed file, it reports it.
     *
     * @throws TooLargeToVerifyException when the file would unpack beyond the limits (a zip bomb): it is not read on
     */
    VerificationReport verify(String fileName, byte[] content);

    /** A file refused because it unpacks to more (files, bytes, or bytes per packed byte) than verification reads. */
    class TooLargeToVerifyException extends RuntimeException {

        public TooLargeToVerifyException(String message) {
            super(message);
        }
    }

    record SealRef(long id, long unitId, String name, double diameterMm) {
    }

    /** Where the seal goes: page index from 0, position of the top-left corner and size, in millimetres from the page's top-left. */
    record StampPlacement(int pageIndex, double xMm, double yMm, double widthMm, double heightMm) {
    }

    record VerificationReport(String format, boolean wellFormed, List<SignatureReport> signatures) {

        /** True when the file carries at least one signature and every signature is valid over unchanged content. */
        public boolean valid() {
            return wellFormed && !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::valid);
        }
    }

    /**
     * One signature. {@code signedAt} is the signing time the signer states; {@code timeStampedAt} the time an RFC 3161
     * time-stamping authority vouches for (null without a valid, trusted time-stamp), and the time trust is judged at
     * when present. {@code trusted} tells whether the signer's certificate was issued by this installation's seal CA
     * (or is the registered certificate of one of its seals), was valid when the file was signed, and its seal is not
     * revoked; for OFD also whether the electronic seal was made by this installation's CA. {@code problem} says
     * what is wrong, in Chinese, or is null.
     */
    record SignatureReport(String signer, String sealName, String unitName, Instant signedAt, Instant timeStampedAt,
                           String algorithm, boolean signatureValid, boolean contentIntact, String problem,
                           boolean trusted) {

        /** A report without a time-stamp whose trust is not (yet) established. */
        public SignatureReport(String signer, String sealName, String unitName, Instant signedAt, String algorithm,
                               boolean signatureValid, boolean contentIntact, String problem) {
            this(signer, sealName, unitName, signedAt, null, algorithm, signatureValid, contentIntact, problem, false);
        }

        /** Valid: the signature matches the certificate, the signed content is unchanged and the signer is trusted. */
        public boolean valid() {
            return signatureValid && contentIntact && trusted;
        }
    }
}
