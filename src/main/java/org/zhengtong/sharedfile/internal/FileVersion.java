package org.zhengtong.sharedfile.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.zhengtong.platform.FileTypes.Media;
import org.zhengtong.platform.StoredFileRef;

/** One upload of a file: its name, its bytes in the file store, what they are, and the text found in them. */
@Entity
@Table(name = "sf_file_version")
public class FileVersion {

    static final int MAX_TEXT = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fileId;

    private int number;

    @Embedded
    private StoredFileRef file;

    @Enumerated(EnumType.STRING)
    private Media media;

    @Size(max = MAX_TEXT)
    private String contentText;

    @Size(max = 40)
    private String uploadedBy;

    private Instant uploadedAt;

    protected FileVersion() {
    }

    FileVersion(long fileId, int number, StoredFileRef file, Media media, String contentText, String uploadedBy,
                Instant uploadedAt) {
        this.fileId = fileId;
        this.number = number;
        this.file = file;
        this.media = media;
        this.contentText = contentText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public StoredFileRef getFile() {
        return file;
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public int getNumber() {
        return number;
    }





    public Media getMedia() {
        return media;
    }

    String getContentText() {
        return contentText;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
