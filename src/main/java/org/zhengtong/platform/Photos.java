package org.zhengtong.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;

/**
 * An uploaded photo (a meeting room's, an employee's): accepted only when its bytes begin as a JPEG or a PNG does,
 * whatever its name or the type the browser claimed, and only up to a size. The bytes are returned for the
 * {@link FileStore}; {@link Downloads} serves them back as the image the server finds them to be.
 */
public final class Photos {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Photos() {
    }

    /**
     * The photo's bytes; refused with 413 ({@code error.photo.tooLarge}) above {@code maxBytes} and with 400
     * ({@code error.photo.type}) when it is not a JPEG or PNG. Reads at most one byte more than the limit.
     */
    public static byte[] read(InputStream content, int maxBytes) {
        byte[] bytes;
        try {
            bytes = content.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, "error.photo.tooLarge",
                    Math.max(1, maxBytes / (1024 * 1024)));
        }
        if (!startsWith(bytes, JPEG) && !startsWith(bytes, PNG)) {
            throw new Refused(HttpStatus.BAD_REQUEST, "error.photo.type");
        }
        return bytes;
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length <= signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** A photo that is too large or not an image. */
    static final class Refused extends BusinessRuleException {

        Refused(HttpStatus status, String messageKey, Object... arguments) {
            super(status, messageKey, arguments);
        }
    }
}
