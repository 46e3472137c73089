package org.zhengtong.seal.internal;

import java.io.IOException;

/**
 * An RFC 3161 time-stamping authority. The application uses the one at {@code zhengtong.seal.tsa-url}
 * ({@link HttpTimeStampAuthority}) or, without a URL, its own ({@link LocalTimeStampAuthority}).
 */
interface TimeStampAuthority {

    /** A time-stamp token (the DER of its CMS ContentInfo) over data whose SHA-256 digest is given. */
    byte[] timeStamp(byte[] sha256) throws Unavailable;

    /** The authority gave no usable token: not reachable, refused, or answered something else. */
    final class Unavailable extends IOException {

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
