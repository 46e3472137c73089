package org.zhengtong.document.internal;

import java.io.InputStream;

/** An attachment version opened for download; the caller closes the stream. */
public record AttachmentDownload(String fileName, long sizeBytes, InputStream content) {
}
