package org.zhengtong.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extensions uploads may have and what their bytes must begin with: a file whose content is not what its name
 * says (a program named {@code .pdf}) is refused. Text formats (txt, csv, html, svg, xml) must hold no binary bytes;
 * HTML and SVG are kept, but only ever downloaded ({@link Downloads}). Zip containers are stored as they are, never
 * unpacked here.
 */
public final class FileTypes {

    /** What a file's bytes are, as far as previews go: the first four are shown in the browser, the rest downloaded. */
    public enum Media {
        PDF, IMAGE, AUDIO, VIDEO, OTHER;

        public boolean previewed() {
            return this != OTHER;
        }
    }

    private enum Content {
        PDF("%PDF-"), ZIP("PK\u0003\u0004"), OLE(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
        PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G'}), JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        GIF("GIF8"), MP3("ID3"), OGG("OggS"), WEBM(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}),
        /** ISO media (mp4, m4a): the box type {@code ftyp} after the box's length. */
        MP4((byte[]) null), RAR("Rar!"), SEVEN_ZIP("7z"), TEXT((byte[]) null),
        PROGRAM("MZ"), DEB("!<arch>"), RPM(new byte[] {(byte) 0xED, (byte) 0xAB, (byte) 0xEE, (byte) 0xDB}),
        GZIP(new byte[] {0x1F, (byte) 0x8B});

        private final byte[] signature;

        Content(String signature) {
            this.signature = signature.getBytes(StandardCharsets.ISO_8859_1);
        }

        Content(byte[] signature) {
            this.signature = signature;
        }

        boolean matches(byte[] head) {
            return switch (this) {
                case MP4 -> head.length >= 8 && Arrays.equals(head, 4, 8, "ftyp".getBytes(StandardCharsets.US_ASCII), 0, 4);
                case TEXT -> isText(head);
                default -> head.length >= signature.length
                        && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
            };
        }
    }

    private record Type(Content content, Media media) {
    }

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("pdf", new Type(Content.PDF, Media.PDF)),
            Map.entry("ofd", new Type(Content.ZIP, Media.OTHER)),
            Map.entry("docx", new Type(Content.ZIP, Media.OTHER)),
            Map.entry("xlsx", new Type(Content.ZIP, Media.OTHER)),
            Map.entry("pptx", new Type(Content.ZIP, Media.OTHER)),
            Map.entry("zip", new Type(Content.ZIP, Media.OTHER)),
            Map.entry("doc", new Type(Content.OLE, Media.OTHER)),
            Map.entry("xls", new Type(Content.OLE, Media.OTHER)),
            Map.entry("ppt", new Type(Content.OLE, Media.OTHER)),
            Map.entry("wps", new Type(Content.OLE, Media.OTHER)),
            Map.entry("rar", new Type(Content.RAR, Media.OTHER)),
            Map.entry("7z", new Type(Content.SEVEN_ZIP, Media.OTHER)),
            Map.entry("png", new Type(Content.PNG, Media.IMAGE)),
            Map.entry("jpg", new Type(Content.JPEG, Media.IMAGE)),
            Map.entry("jpeg", new Type(Content.JPEG, Media.IMAGE)),
            Map.entry("gif", new Type(Content.GIF, Media.IMAGE)),
            Map.entry("mp3", new Type(Content.MP3, Media.AUDIO)),
            Map.entry("ogg", new Type(Content.OGG, Media.AUDIO)),
            Map.entry("m4a", new Type(Content.MP4, Media.AUDIO)),
            Map.entry("mp4", new Type(Content.MP4, Media.VIDEO)),
            Map.entry("webm", new Type(Content.WEBM, Media.VIDEO)),
            Map.entry("txt", new Type(Content.TEXT, Media.OTHER)),
            Map.entry("csv", new Type(Content.TEXT, Media.OTHER)),
            Map.entry("xml", new Type(Content.TEXT, Media.OTHER)),
            Map.entry("html", new Type(Content.TEXT, Media.OTHER)),
            Map.entry("htm", new Type(Content.TEXT, Media.OTHER)),
            Map.entry("svg", new Type(Content.TEXT, Media.OTHER)));

    /** Software installers (常用软件): only where the module offers them, always downloaded. */
    private static final Map<String, Type> INSTALLERS = Map.ofEntries(
            Map.entry("exe", new Type(Content.PROGRAM, Media.OTHER)),
            Map.entry("msi", new Type(Content.OLE, Media.OTHER)),
            Map.entry("zip", new Type(Content.ZIP, Media.OTHER)),
            Map.entry("apk", new Type(Content.ZIP, Media.OTHER)),
            Map.entry("deb", new Type(Content.DEB, Media.OTHER)),
            Map.entry("rpm", new Type(Content.RPM, Media.OTHER)),
            Map.entry("gz", new Type(Content.GZIP, Media.OTHER)),
            Map.entry("tgz", new Type(Content.GZIP, Media.OTHER)),
            Map.entry("7z", new Type(Content.SEVEN_ZIP, Media.OTHER)));

    /** The word processor, spreadsheet and presentation formats an office suite can show as PDF ({@link OfficePreviews}). */
    private static final Set<String> OFFICE = Set.of("doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps");

    /** Enough of the file for every signature and the text check. */
    public static final int HEAD_BYTES = 4096;

    private FileTypes() {
    }

    /** The media of a file of this name and beginning, or empty when the name's type is not taken or the bytes differ. */
    public static Optional<Media> media(String fileName, byte[] head) {
        Type type = TYPES.get(extension(fileName));
        return type != null && type.content().matches(head) ? Optional.of(type.media()) : Optional.empty();
    }

    public static boolean office(String fileName) {
        return OFFICE.contains(extension(fileName));
    }

    public static boolean known(String fileName) {
        return TYPES.containsKey(extension(fileName));
    }

    /**
     * An upload's name without the folders a browser may send, checked against its first bytes: refused (400,
     * {@code upload.error.*}) when blank, longer than {@code maxName}, of a type not taken, or not what it says.
     * Returns the name.
     */
    public static String checkedName(String originalName, int maxName, byte[] head) {
        return checked(TYPES, originalName, maxName, head);
    }

    /** {@link #checkedName} for a software installer (exe, msi, zip, apk, deb, rpm, gz, tgz, 7z). */
    public static String checkedInstallerName(String originalName, int maxName, byte[] head) {
        return checked(INSTALLERS, originalName, maxName, head);
    }

    private static String checked(Map<String, Type> types, String originalName, int maxName, byte[] head) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.length() > maxName) {
            throw new InvalidInputException("upload.error.name", maxName);
        }
        Type type = types.get(extension(name));
        if (type == null) {
            throw new InvalidInputException("upload.error.type", extension(name));
        }
        if (!type.content().matches(head)) {
            throw new InvalidInputException("upload.error.mismatch", name);
        }
        return name;
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** No NUL and no program header: what a text file begins with. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return !(head.length >= 2 && head[0] == 'M' && head[1] == 'Z');
    }
}
