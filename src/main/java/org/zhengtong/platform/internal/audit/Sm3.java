package org.zhengtong.platform.internal.audit;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.util.encoders.Hex;

/** SM3 (GB/T 32905) digest of a list of fields, from BouncyCastle. */
final class Sm3 {

    private Sm3() {
    }

    static String hex(Object... fields) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : fields) {
            String text = field == null ? "" : field.toString();
            canonical.append(text.length()).append(':').append(text).append(';');
        }
        byte[] input = canonical.toString().getBytes(StandardCharsets.UTF_8);
        SM3Digest digest = new SM3Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return Hex.toHexString(out);
    }
}
