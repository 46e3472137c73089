package org.zhengtong.document.internal;

/**
 * What the handler of a document may still change in its content, and when not, why (a message key shown on the page
 * and given as the refusal). A 收文 keeps the sender's 正文 and files: its handlers add their opinions and their own
 * files. A 发文's 正文 and attachments are fixed from 领导签发 — to change them it goes back (退回) to 签发 or an
 * earlier step and is signed again — and for good from 用印.
 */
public record ContentRights(boolean body, boolean newAttachments, boolean attachmentVersions, String fixedBecause) {

    private static final ContentRights OPEN = new ContentRights(true, true, true, null);
    private static final ContentRights RECEIVED = new ContentRights(false, true, false, "document.content.received");
    private static final ContentRights SIGNED = new ContentRights(false, false, false, "document.content.signed");
    private static final ContentRights SEALED = new ContentRights(false, false, false, "document.content.sealed");

    public static ContentRights of(OfficialDocument document) {
        if (document.getDirection() == OfficialDocument.Direction.INCOMING) {
            return RECEIVED;
        }
        if (document.isSealed()) {
            return SEALED;
        }
        return document.getSignerUsername() != null ? SIGNED : OPEN;
    }
}
