package org.zhengtong.document.internal;

import java.util.List;

/** What the document page shows besides the process: the document, its body versions and its attachments. */
public record DocumentDossier(OfficialDocument document, List<BodyVersion> bodyVersions, List<AttachedFile> attachments) {

    public record AttachedFile(Attachment attachment, List<AttachmentVersion> versions) {

        public AttachmentVersion latest() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }
}
