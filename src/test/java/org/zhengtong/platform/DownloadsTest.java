package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The type comes from the bytes, inline only for passive types, and the file name cannot break the header. */
class DownloadsTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

    @Test
    void theTypeIsDecidedFromTheContentNotTheName() {
        assertThat(Downloads.typeOf(PDF, "x.html")).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(Downloads.typeOf(HTML, "x.pdf")).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(Downloads.typeOf("<svg/>".getBytes(StandardCharsets.UTF_8), "x.svg"))
                .isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(Downloads.typeOf(new byte[] {'P', 'K', 3, 4, 0}, "公文.ofd").toString()).isEqualTo("application/ofd");
        assertThat(Downloads.typeOf(new byte[] {'P', 'K', 3, 4, 0}, "x.html"))
                .isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(Downloads.typeOf(new byte[0], "x.txt")).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        byte[] vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(Downloads.typeOf(vcard, "通讯录.vcf").toString()).isEqualTo("text/vcard;charset=UTF-8");
        assertThat(Downloads.typeOf(vcard, "x.html")).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(Downloads.typeOf(HTML, "x.vcf")).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        byte[] ics = "BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Downloads.typeOf(ics, "日程.ics").toString()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(Downloads.typeOf(HTML, "x.ics")).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(Downloads.inline("通讯录.vcf", vcard).getHeaders().getFirst("Content-Disposition"))
                .as("a vCard is never shown inline").startsWith("attachment;");
    }

    @Test
    void onlyPassiveTypesAreShownInline() {
        ResponseEntity<byte[]> pdf = Downloads.inline("公文.pdf", PDF);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getFirst("Content-Disposition")).startsWith("inline;");
        assertThat(pdf.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        ResponseEntity<Resource> html = Downloads.inline("说明.pdf", HTML.length, new ByteArrayInputStream(HTML));
        assertThat(html.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(html.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
        assertThat(html.getHeaders().getContentLength()).isEqualTo(HTML.length);
    }

    @Test
    void onlyAPdfMayBeFramedAndOnlyByThisOrigin() {
        ResponseEntity<Resource> pdf = Downloads.framed("指南.pdf", PDF.length, new ByteArrayInputStream(PDF));
        assertThat(pdf.getHeaders().getFirst("Content-Disposition")).startsWith("inline;");
        assertThat(pdf.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(pdf.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'self'")
                .contains("default-src 'none'");

        ResponseEntity<Resource> html = Downloads.framed("指南.pdf", HTML.length, new ByteArrayInputStream(HTML));
        assertThat(html.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
        assertThat(html.getHeaders().containsKey("X-Frame-Options")).isFalse();
        assertThat(html.getHeaders().containsKey("Content-Security-Policy")).isFalse();
    }

    @Test
    void streamedContentIsServedWhole() throws Exception {
        ResponseEntity<Resource> pdf = Downloads.attachment("a.pdf", PDF.length, new ByteArrayInputStream(PDF));
        assertThat(pdf.getBody().getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void fileNamesAreEncodedPerRfc5987WithAnAsciiFallback() {
        assertThat(Downloads.contentDisposition(false, "关于 预算.pdf"))
                .isEqualTo("attachment; filename=\"__ __.pdf\"; filename*=UTF-8''%E5%85%B3%E4%BA%8E%20%E9%A2%84%E7%AE%97.pdf");
        assertThat(Downloads.contentDisposition(true, "../a\"b\\c%.pdf"))
                .isEqualTo("inline; filename=\"c_.pdf\"; filename*=UTF-8''c%25.pdf");
        assertThat(Downloads.contentDisposition(false, "x\r\nSet-Cookie: a=b.html"))
                .isEqualTo("attachment; filename=\"xSet-Cookie: a=b.html\"; filename*=UTF-8''xSet-Cookie%3A%20a%3Db.html");
        assertThat(Downloads.contentDisposition(false, " ")).isEqualTo("attachment; filename=\"download\"; "
                + "filename*=UTF-8''download");
    }
}
