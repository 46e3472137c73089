package org.zhengtong.messages.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * A conversation is its participants' own: it opens only for a person in it (who has not left) — not for the
 * system, security or audit administrator, not for a colleague or a chief. Anything else (another's conversation,
 * an id that does not exist) is refused alike with 403 and audited as a refused {@code MESSAGES_OPEN}, so ids reveal
 * nothing.
 */
@Component
class ConversationAccess {

    /** A conversation with the current user's place in it. */
    record Opened(Conversation conversation, Participant participant, CurrentUser user) {
    }

    private final ConversationRepository conversations;
    private final ParticipantRepository participants;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    ConversationAccess(ConversationRepository conversations, ParticipantRepository participants,
                       CurrentUsers currentUsers, AuditLog audit) {
        this.conversations = conversations;
        this.participants = participants;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    Opened own(long conversationId) {
        CurrentUser user = currentUsers.current();
        Participant participant = participants.findByConversationIdAndUsername(conversationId, user.username())
                .filter(Participant::isActive)
                .orElseThrow(() -> refused(conversationId, user));
        Conversation conversation = conversations.findById(conversationId)
                .orElseThrow(() -> refused(conversationId, user));
        return new Opened(conversation, participant, user);
    }

    AccessDeniedException refused(Object id, CurrentUser user) {
        audit.failure("MESSAGES_OPEN", "conversation", id, "not a participant");
        return new AccessDeniedException("conversation " + id + " is not " + user.username() + "'s");
    }
}
