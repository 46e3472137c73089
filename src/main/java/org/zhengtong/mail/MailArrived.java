package org.zhengtong.mail;

import java.util.List;

/**
 * A mail was sent and reached these people's inboxes (usernames), published in the transaction that delivered it.
 * It names no subject or text: whoever needs them reads them through the owner's rules.
 */
public record MailArrived(long messageId, List<String> recipients) {
}
