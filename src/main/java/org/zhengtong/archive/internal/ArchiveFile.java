package org.zhengtong.archive.internal;

import jakarta.persistence.*;

/** A file of an archived item: its role, 电子文件格式 and 校验码 (SHA-256) as stored. */
@Entity
@Table(name = "arc_file")
public class ArchiveFile {

    /** STAMPED_PDF is the output with the 归档章; PROCESSING_FORM the 办文单/发文稿纸 as printed at archiving. */
    public enum Role { STAMPED_PDF, SEALED_PDF, SEALED_OFD, PROCESSING_FORM, ATTACHMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long itemId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String fileName;
    private String contentType;
    private String fileFormat;
    private String storageKey;
    private String sha256;
    private long sizeBytes;

    protected ArchiveFile() {
    }

    ArchiveFile(Long itemId, Role role, String fileName, String contentType, String storageKey, String sha256,
                long sizeBytes) {
        this.itemId = itemId;
        this.role = role;
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileFormat = formatOf(fileName);
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
    }

    static String formatOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "UNKNOWN"
                : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Role getRole() { return role; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public String getFileFormat() { return fileFormat; }
    public String getStorageKey() { return storageKey; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
}
