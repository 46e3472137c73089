package org.zhengtong.platform.internal.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** RFC 6238 time-based one-time passwords (HMAC-SHA1, 30 s, 6 digits), as authenticator apps expect. */
public final class Totp {

    private static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    /** Accept the previous and next step too, for clocks that drift a little. */
    private static final int WINDOW = 1;

    private Totp() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[20];
        new SecureRandom().nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    public static long stepAt(Instant instant) {
        return instant.getEpochSecond() / STEP_SECONDS;
    }

    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % (int) Math.pow(10, DIGITS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /**
     * The step the code belongs to, or -1. Steps at or before {@code lastUsedStep} are refused so a code
     * cannot be replayed.
     */
    public static long matchingStep(String base32Secret, String code, Instant now, Long lastUsedStep) {
        if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        long current = stepAt(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if ((lastUsedStep == null || step > lastUsedStep) && code(base32Secret, step).equals(code.strip())) {
                return step;
            }
        }
        return -1;
    }

    public static String otpauthUri(String issuer, String username, String secret) {
        return "otpauth://totp/" + issuer + ":" + username + "?secret=" + secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }
}
