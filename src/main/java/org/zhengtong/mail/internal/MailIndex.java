package org.zhengtong.mail.internal;

import org.springframework.data.domain.PageRequest;
import java.util.List;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;

/**
 * Sent mail in the full-text index (kind {@code mail}): found only by the people holding an entry of it, and opened
 * only by them ({@link #readable}). Drafts are not indexed. A mail is announced when it is sent, recalled or deleted
 * for good, since each changes who holds it.
 */
@Component
class MailIndex implements Searchable {

    static final String KIND = "mail";

    private final MailMessageRepository messages;
    private final MailEntryRepository entries;
    private final MailAttachmentRepository attachments;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    MailIndex(MailMessageRepository messages, MailEntryRepository entries, MailAttachmentRepository attachments,
              CurrentUsers currentUsers, Clock clock) {
        this.messages = messages;
        this.entries = entries;
        this.attachments = attachments;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FullTextSearch.Entry> entry(long id) {
        return messages.findById(id).filter(MailMessage::isSent).flatMap(message -> {
            Set<String> readers = entries.holdersOf(id).stream().map(Readers::person).collect(Collectors.toSet());
            if (readers.isEmpty()) {
                return Optional.empty();
            }
            String files = attachments.findByMessageIdOrderByIdAsc(id).stream().map(MailAttachment::getFileName)
                    .collect(Collectors.joining(" "));
            String text = String.join("\n", message.getSubject(), message.getSenderName(),
                    RichText.text(message.getBody()), files);
            LocalDate date = LocalDate.ofInstant(message.getSentAt(), clock.getZone());
            long unitId = message.getSenderUnitId() == null ? 0 : message.getSenderUnitId();
            return Optional.of(new FullTextSearch.Entry(KIND, id, unitId, message.getSubject(), text, date,
                    Classification.UNCLASSIFIED, readers, Map.of()));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return entries.ownedOf(currentUsers.current().username(), ids).stream()
                .filter(e -> e.getBox() != Box.DRAFTS).map(e -> e.getMessage().getId()).collect(Collectors.toSet());
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return messages.idsAfter(afterId, PageRequest.of(0, limit));
    }

    @Override
    public String link(long id) {
        return "/mail/messages/" + id;
    }
}
