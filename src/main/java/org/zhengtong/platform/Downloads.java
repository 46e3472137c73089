package org.zhengtong.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every file leaves the application: uploads, archived copies, generated PDFs, images and exports alike. The
 * server decides the type from the first bytes, never from what an uploader claimed; only a PDF, a PNG, JPEG or GIF
 * image, or MP3, Ogg, WebM or MP4 audio and video (which a browser plays, running nothing) is ever shown inline, and
 * only where the caller asks for it. Everything else — HTML, SVG, XML, script, text,
 * anything unknown — is an {@code attachment} of type {@code application/octet-stream}, so nothing a user uploaded
 * can run as a page of this origin. Responses carry {@code X-Content-Type-Options: nosniff} (the browser keeps the
 * type given) and {@code Cache-Control: no-store} (files of documents are not for shared caches).
 *
 * <p>Why an allowlist of signatures rather than a general detector such as Apache Tika: the decision needed is not
 * "what is this file" but "is it one of the few types a browser shows passively". A detector that recognises HTML
 * or SVG would only lead to the same octet-stream, and what it cannot recognise must fall there anyway; the list is
 * a few signatures that a reviewer can check at a glance, with no dependency parsing hostile content. The zip-based
 * formats the application itself produces (OFD, DOCX, XLSX) keep their registered type, chosen by extension once the
 * bytes are a zip: no browser renders a zip container, and they are always attachments. Likewise the text exports
 * of address books (vCard, {@code .vcf}) and calendars (iCalendar, {@code .ics}) keep {@code text/vcard} and {@code text/calendar} once the bytes begin as one: always attachments, and
 * {@code nosniff} keeps a browser from reading them as anything else.
 */
public final class Downloads {

    /** The types a browser shows without running anything: the only ones served inline. */
    private enum Passive {
        PDF(MediaType.APPLICATION_PDF, "%PDF-".getBytes(StandardCharsets.US_ASCII)),
        PNG(MediaType.IMAGE_PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        JPEG(MediaType.IMAGE_JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        GIF87(MediaType.IMAGE_GIF, "GIF87a".getBytes(StandardCharsets.US_ASCII)),
        GIF89(MediaType.IMAGE_GIF, "GIF89a".getBytes(StandardCharsets.US_ASCII)),
        MP3(MediaType.parseMediaType("audio/mpeg"), "ID3".getBytes(StandardCharsets.US_ASCII)),
        OGG(MediaType.parseMediaType("audio/ogg"), "OggS".getBytes(StandardCharsets.US_ASCII)),
        WEBM(MediaType.parseMediaType("video/webm"), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}),
        /** ISO base media (mp4, m4a): the box type {@code ftyp} after the first box's length. */
        MP4(MediaType.parseMediaType("video/mp4"), "ftyp".getBytes(StandardCharsets.US_ASCII), 4);

        private final MediaType type;
        private final byte[] signature;
        private final int offset;

        Passive(MediaType type, byte[] signature) {
            this(type, signature, 0);
        }

        Passive(MediaType type, byte[] signature, int offset) {
            this.type = type;
            this.signature = signature;
            this.offset = offset;
        }

        boolean matches(byte[] head) {
            return head.length >= offset + signature.length
                    && Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, MediaType> ZIP_FORMATS = Map.of(
            "ofd", MediaType.parseMediaType("application/ofd"),
            "docx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "zip", MediaType.parseMediaType("application/zip"));
    /** How vCard and iCalendar text begins ({@code BEGIN:VCARD}, {@code BEGIN:VCALENDAR}). */
    private static final byte[] VOBJECT = "BEGIN:V".getBytes(StandardCharsets.US_ASCII);
    private static final Map<String, MediaType> VOBJECT_FORMATS = Map.of(
            "vcf", MediaType.parseMediaType("text/vcard;charset=UTF-8"),
            "ics", MediaType.parseMediaType("text/calendar;charset=UTF-8"));
    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    /** Enough of the file for every signature above. */
    private static final int HEAD_BYTES = 8;
    /** A PDF runs nothing of this origin's and loads nothing; only this origin's pages may frame it. */
    private static final String FRAMED_PDF_POLICY = "default-src 'none'; frame-ancestors 'self'";

    private Downloads() {
    }

    /** Shown in the browser if the content is a PDF or an image, otherwise downloaded. */
    public static ResponseEntity<byte[]> inline(String fileName, byte[] content) {
        return respond(fileName, content, true).contentLength(content.length).body(content);
    }

    public static ResponseEntity<byte[]> attachment(String fileName, byte[] content) {
        return respond(fileName, content, false).contentLength(content.length).body(content);
    }

    /** A stored file, streamed: shown in the browser if it is a PDF or an image, otherwise downloaded. */
    public static ResponseEntity<Resource> inline(String fileName, long size, InputStream content) {
        return stream(fileName, size, content, true);
    }

    /**
     * {@link #inline(String, long, InputStream)} for a frame of the application's own pages (a file's page previews
     * its PDF in one): a PDF may be framed by this origin, where every other response may be framed by none.
     */
    public static ResponseEntity<Resource> framed(String fileName, long size, InputStream content) {
        return stream(fileName, size, content, true, true);
    }

    /** A stored file, streamed as a download. */
    public static ResponseEntity<Resource> attachment(String fileName, long size, InputStream content) {
        return stream(fileName, size, content, false);
    }

    /** The type the application gives these bytes under this name. */
    static MediaType typeOf(byte[] head, String fileName) {
        for (Passive passive : Passive.values()) {
            if (passive.matches(head)) {
                return passive.type;
            }
        }
        if (startsWith(head, ZIP)) {
            return ZIP_FORMATS.getOrDefault(extension(fileName), MediaType.APPLICATION_OCTET_STREAM);
        }
        if (startsWith(head, VOBJECT)) {
            return VOBJECT_FORMATS.getOrDefault(extension(fileName), MediaType.APPLICATION_OCTET_STREAM);
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    /**
     * {@code attachment} or {@code inline} with the name twice (RFC 6266): {@code filename} in plain ASCII for old
     * clients, {@code filename*} in UTF-8 percent-encoded (RFC 5987). Path parts and control characters are dropped.
     */
    static String contentDisposition(boolean inline, String fileName) {
        String name = cleanName(fileName);
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''"
                + percentEncoded(name);
    }

    private static ResponseEntity<Resource> stream(String fileName, long size, InputStream content, boolean inline) {
        return stream(fileName, size, content, inline, false);
    }

    private static ResponseEntity<Resource> stream(String fileName, long size, InputStream content, boolean inline,
                                                   boolean framed) {
        BufferedInputStream buffered = new BufferedInputStream(content);
        byte[] head;
        try {
            buffered.mark(HEAD_BYTES);
            head = buffered.readNBytes(HEAD_BYTES);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResponseEntity.BodyBuilder response = respond(fileName, head, inline);
        if (framed && Passive.PDF.matches(head)) {
            // Spring Security's header writers keep these, set before the response is committed.
            response.header("X-Frame-Options", "SAMEORIGIN").header("Content-Security-Policy", FRAMED_PDF_POLICY);
        }
        return response.contentLength(size).body(new InputStreamResource(buffered));
    }

    private static ResponseEntity.BodyBuilder respond(String fileName, byte[] head, boolean inline) {
        MediaType type = typeOf(head, fileName);
        boolean shown = inline && Arrays.stream(Passive.values()).anyMatch(p -> p.type.equals(type));
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(shown, fileName))
                .header("X-Content-Type-Options", "nosniff");
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return name.isEmpty() ? "download" : name;
    }

    /** Printable ASCII without quote, backslash and percent; every other character becomes '_'. */
    private static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    /** RFC 5987 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && Character.isLetterOrDigit(c) || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.toHexDigits(b));
            }
        }
        return encoded.toString();
    }
}
