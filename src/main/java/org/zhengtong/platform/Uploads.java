package org.zhengtong.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded attachment into the {@link FileStore}: its name is checked against its first bytes ({@link FileTypes}:
 * blank, too long, a type not taken or content that is not what the name says is 400 and nothing is stored), then the
 * whole file is streamed into the store. Limits of size and count are the module's, with its own messages.
 */
@Component
public class Uploads {

    private final FileStore store;

    Uploads(FileStore store) {
        this.store = store;
    }

    /** An attachment of one of the document, image and media types {@link FileTypes} takes. */
    public StoredFileRef store(MultipartFile file) {
        return store(file, false);
    }

    /** A software installer (exe, msi, zip, apk, deb, rpm, gz, tgz, 7z): only where a module offers downloads of them. */
    public StoredFileRef storeInstaller(MultipartFile file) {
        return store(file, true);
    }

    public InputStream open(StoredFileRef file) {
        return store.open(file.getFileKey());
    }

    private StoredFileRef store(MultipartFile file, boolean installer) {
        try (InputStream content = new BufferedInputStream(file.getInputStream(), FileTypes.HEAD_BYTES)) {
            content.mark(FileTypes.HEAD_BYTES);
            byte[] head = content.readNBytes(FileTypes.HEAD_BYTES);
            content.reset();
            String name = installer
                    ? FileTypes.checkedInstallerName(file.getOriginalFilename(), StoredFileRef.MAX_NAME, head)
                    : FileTypes.checkedName(file.getOriginalFilename(), StoredFileRef.MAX_NAME, head);
            return new StoredFileRef(name, store.store(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
