package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A photo is a JPEG or PNG by its first bytes, whatever it is called, and no larger than the limit. */
class PhotosTest {

    @Test
    void jpegAndPngPassAndAnythingElseOrTooLargeIsRefused() throws Exception {
        for (String format : new String[] {"png", "jpg"}) {
            ByteArrayOutputStream image = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, image);
            assertThat(Photos.read(new ByteArrayInputStream(image.toByteArray()), 1024 * 1024))
                    .isEqualTo(image.toByteArray());
            assertThatThrownBy(() -> Photos.read(new ByteArrayInputStream(image.toByteArray()), 10))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.photo.tooLarge");
                        assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    });
        }
        for (byte[] notAnImage : new byte[][] {"<svg onload=alert(1)>".getBytes(), "GIF89a......".getBytes(),
                "%PDF-1.7".getBytes(), new byte[0], {(byte) 0xFF, (byte) 0xD8}}) {
            assertThatThrownBy(() -> Photos.read(new ByteArrayInputStream(notAnImage), 1024))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.photo.type");
                        assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    });
        }
    }
}
