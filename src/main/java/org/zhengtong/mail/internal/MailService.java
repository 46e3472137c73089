package org.zhengtong.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.mail.MailArrived;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The mail rules. Every method that takes an entry id opens it through {@link MailAccess}: only its owner gets
 * further. A mail is written as a draft or sent at once; sending expands the addresses to people, gives each internal
 * recipient an entry in the inbox and hands outside addresses to the SMTP server, all in one transaction.
 */
@Service
@Transactional
public class MailService {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 200_000;
    private static final int MAX_FILE_NAME = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the writer gives: addresses as {@link AddressBook} knows them, the body as rich text. */
    public record Composition(String subject, String body, List<String> to, List<String> cc, List<String> bcc,
                              List<Upload> uploads, Long forwardOf) {
    }

    /** A file to attach. */
    public record Upload(String fileName, long size, InputStreamSource content) {
    }

    /** A mail to continue writing: a draft, a reply or a forward as the compose page starts it. */
    public record Draft(Long draftId, String subject, String body, List<String> to, List<String> cc,
                        List<String> bcc, List<MailAttachment> attachments, Long forwardOf) {
    }

    /**
     * A mail as its owner sees it: bcc only when the owner wrote it, and then the read receipts too.
     */
    public record MailView(MailEntry entry, MailMessage message, List<MailAddress> addresses,
                           List<MailAttachment> attachments, List<MailRecipient> receipts, boolean writtenByOwner) {
    }

    /** Who lost the mail to a recall, and who had read it already and keeps it (names); a flash attribute. */
    public record Recall(List<String> recalled, List<String> alreadyRead) implements Serializable {
    }

    public record AttachmentFile(String fileName, long size, InputStream content) {
    }

    private final MailMessageRepository messages;
    private final MailEntryRepository entries;
    private final MailAddressRepository addresses;
    private final MailRecipientRepository recipients;
    private final MailAttachmentRepository attachments;
    private final MailAccess access;
    private final AddressBook addressBook;
    private final OutsideMail outside;
    private final FileStore files;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource texts;
    private final MailProperties properties;
    private final Clock clock;

    MailService(MailMessageRepository messages, MailEntryRepository entries, MailAddressRepository addresses,
                MailRecipientRepository recipients, MailAttachmentRepository attachments, MailAccess access,
                AddressBook addressBook, OutsideMail outside, FileStore files, CurrentUsers currentUsers,
                AuditLog audit, ApplicationEventPublisher events, MessageSource texts, MailProperties properties,
                Clock clock) {
        this.messages = messages;
        this.entries = entries;
        this.addresses = addresses;
        this.recipients = recipients;
        this.attachments = attachments;
        this.access = access;
        this.addressBook = addressBook;
        this.outside = outside;
        this.files = files;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- writing and sending ------------------------------------------------------------------------------

    /** Saves the mail as a draft (a new one, or the given draft of the writer's): its entry id. */
    public long saveDraft(Long draftId, Composition composition) {
        return write(draftId, composition).entry().getId();
    }

    /**
     * Sends the mail (a new one, or the given draft): its entry in the writer's 已发送. Refused, with nothing saved,
     * when it reaches nobody, an address is unknown or a file is too large.
     */
    public long send(Long draftId, Composition composition) {
        Written written = write(draftId, composition);
        MailMessage message = written.entry().getMessage();
        CurrentUser writer = currentUsers.current();

        Map<String, MailRecipient> people = new LinkedHashMap<>();
        Map<String, MailRecipient> outsiders = new LinkedHashMap<>();
        for (AddressBook.Reached reached : written.reached()) {
            for (String email : reached.emails()) {
                outsiders.putIfAbsent(email.toLowerCase(), new MailRecipient(message.getId(), reached.field(), null,
                        email, email));
            }
            boolean group = !reached.address().startsWith("person:");
            for (PersonRef person : reached.people()) {
                // the writer is in her own department and unit, but writes to the others in it
                if (!(group && person.username().equals(writer.username()))) {
                    people.putIfAbsent(person.username(), new MailRecipient(message.getId(), reached.field(),
                            person.username(), null, person.name()));
                }
            }
        }
        if (people.isEmpty() && outsiders.isEmpty()) {
            throw MailRefused.invalid("mail.error.noRecipients");
        }
        if (!outsiders.isEmpty()) {
            outside.requireConfigured();
        }

        Instant now = clock.instant();
        message.sent(now);
        written.entry().sent(now);
        recipients.saveAll(people.values());
        recipients.saveAll(outsiders.values());
        people.keySet().forEach(username -> entries.save(new MailEntry(message, username, Box.INBOX, now, null)));

        audit.success("MAIL_SEND", "mail", message.getId(), whom(people.values(), outsiders.values()));
        events.publishEvent(new MailArrived(message.getId(), List.copyOf(people.keySet())));
        events.publishEvent(new IndexEntryChanged(MailIndex.KIND, message.getId()));
        if (!outsiders.isEmpty()) {
            outside.send(message, List.copyOf(outsiders.values()),
                    attachments.findByMessageIdOrderByIdAsc(message.getId()));
        }
        return written.entry().getId();
    }

    private record Written(MailEntry entry, List<AddressBook.Reached> reached) {
    }

    private Written write(Long draftId, Composition composition) {
        CurrentUser writer = currentUsers.current();
        String subject = composition.subject() == null ? "" : composition.subject().strip();
        if (subject.length() > MAX_SUBJECT) {
            throw MailRefused.invalid("mail.error.subjectTooLong", MAX_SUBJECT);
        }
        String body = RichText.clean(composition.body());
        if (body.length() > MAX_BODY) {
            throw MailRefused.invalid("mail.error.bodyTooLong");
        }
        List<Upload> uploads = checked(composition.uploads());
        List<AddressBook.Reached> reached = new ArrayList<>();
        reached.addAll(resolve(AddressField.TO, composition.to(), writer));
        reached.addAll(resolve(AddressField.CC, composition.cc(), writer));
        reached.addAll(resolve(AddressField.BCC, composition.bcc(), writer));

        Instant now = clock.instant();
        MailEntry entry;
        if (draftId != null) {
            entry = access.ownEntry(draftId);
            if (entry.getBox() != Box.DRAFTS) {
                throw new BusinessRuleException("mail.error.notDraft");
            }
            entry.getMessage().write(subject, body, now);
            addresses.deleteByMessageId(entry.getMessage().getId());
        } else {
            MailMessage message = new MailMessage(writer.username(), writer.displayName(), writer.unitId());
            message.write(subject, body, now);
            messages.save(message);
            entry = entries.save(new MailEntry(message, writer.username(), Box.DRAFTS, now, now));
            if (composition.forwardOf() != null) {
                MailMessage original = access.ownEntry(composition.forwardOf()).getMessage();
                attachments.findByMessageIdOrderByIdAsc(original.getId())
                        .forEach(a -> attachments.save(a.copyFor(message.getId())));
            }
        }
        MailMessage message = entry.getMessage();
        entry.touched(now);
        reached.forEach(r -> addresses.save(new MailAddress(message.getId(), r.field(), r.address(), r.label())));
        for (Upload upload : uploads) {
            try (InputStream content = upload.content().getInputStream()) {
                FileStore.StoredFile stored = files.store(content);
                attachments.save(new MailAttachment(message.getId(), upload.fileName(), stored.key(), stored.size(),
                        stored.sha256()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Written(entry, reached);
    }

    /** The files that carry something, each within the limit; checked before anything is stored. */
    private List<Upload> checked(List<Upload> uploads) {
        long limit = properties.maxAttachmentSize().toBytes();
        List<Upload> given = uploads == null ? List.of()
                : uploads.stream().filter(u -> u.size() > 0 || (u.fileName() != null && !u.fileName().isBlank()))
                .toList();
        for (Upload upload : given) {
            String name = upload.fileName() == null ? "" : upload.fileName().strip();
            if (name.isEmpty() || name.length() > MAX_FILE_NAME) {
                throw MailRefused.invalid("mail.error.fileName", MAX_FILE_NAME);
            }
            if (upload.size() > limit) {
                throw MailRefused.tooLarge("mail.error.attachmentTooLarge", name, properties.maxAttachmentSize()
                        .toMegabytes());
            }
        }
        return given;
    }

    private List<AddressBook.Reached> resolve(AddressField field, List<String> given, CurrentUser writer) {
        if (given == null) {
            return List.of();
        }
        Set<String> distinct = given.stream().filter(a -> a != null && !a.isBlank()).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return distinct.stream().map(address -> addressBook.resolve(field, address, writer)).toList();
    }

    /** Who the mail went to, for the audit log: usernames and outside addresses, never what it says. */
    private static String whom(Iterable<MailRecipient> people, Iterable<MailRecipient> outsiders) {
        Map<AddressField, List<String>> byField = new LinkedHashMap<>();
        for (Iterable<MailRecipient> group : List.of(people, outsiders)) {
            group.forEach(r -> byField.computeIfAbsent(r.getField(), f -> new ArrayList<>())
                    .add(r.isInternal() ? r.getUsername() : r.getEmail()));
        }
        return byField.entrySet().stream().map(e -> e.getKey().name().toLowerCase() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** One of the owner's boxes (or folders), newest first. */
    @Transactional(readOnly = true)
    public Page<MailEntry> list(Box box, Long folderId, int page) {
        String owner = currentUsers.current().username();
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        if (box == Box.FOLDER) {
            return entries.inFolder(owner, access.ownFolder(folderId).getId(), request);
        }
        return entries.inBox(owner, box, request);
    }

    /** The owner's mail; the first reading marks it read and tells the writer (read receipt). */
    public MailView read(long entryId) {
        MailEntry entry = access.ownEntry(entryId);
        MailMessage message = entry.getMessage();
        if (entry.read(clock.instant())) {
            recipients.findFirstByMessageIdAndUsername(message.getId(), entry.getOwner())
                    .ifPresent(r -> r.read(clock.instant()));
        }
        boolean writtenByOwner = message.getSender().equals(entry.getOwner());
        List<MailAddress> shown = addresses.findByMessageIdOrderByIdAsc(message.getId()).stream()
                .filter(a -> writtenByOwner || a.getField() != AddressField.BCC).toList();
        List<MailRecipient> receipts = writtenByOwner && message.isSent()
                ? recipients.findByMessageIdOrderByIdAsc(message.getId()) : List.of();
        return new MailView(entry, message, shown, attachments.findByMessageIdOrderByIdAsc(message.getId()),
                receipts, writtenByOwner);
    }

    /** The current user's entry of a message (a search hit): the one outside the trash if there is one. */
    @Transactional(readOnly = true)
    public long entryOf(long messageId) {
        CurrentUser user = currentUsers.current();
        return entries.ownedOf(user.username(), List.of(messageId)).stream()
                .filter(e -> e.getBox() != Box.DRAFTS)
                .min((a, b) -> Boolean.compare(a.getBox() == Box.TRASH, b.getBox() == Box.TRASH))
                .map(MailEntry::getId).orElseThrow(() -> access.refused("mail", messageId, user));
    }

    @Transactional(readOnly = true)
    public AttachmentFile attachment(long entryId, long attachmentId) {
        MailEntry entry = access.ownEntry(entryId);
        MailAttachment attachment = attachments.findById(attachmentId)
                .filter(a -> a.getMessageId().equals(entry.getMessage().getId()))
                .orElseThrow(() -> access.refused("mailAttachment", attachmentId, currentUsers.current()));
        return new AttachmentFile(attachment.getFileName(), attachment.getSizeBytes(),
                files.open(attachment.getStorageKey()));
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return entries.countUnread(username);
    }

    /** The newest unread mail in the person's inbox, for the home tile. */
    @Transactional(readOnly = true)
    public List<MailEntry> latestUnread(String username, int count) {
        return entries.unreadInBox(username, Box.INBOX, PageRequest.of(0, count));
    }

    // ---- reply, forward, drafts ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Draft draft(long entryId) {
        MailEntry entry = access.ownEntry(entryId);
        if (entry.getBox() != Box.DRAFTS) {
            throw new BusinessRuleException("mail.error.notDraft");
        }
        Long messageId = entry.getMessage().getId();
        List<MailAddress> chosen = addresses.findByMessageIdOrderByIdAsc(messageId);
        return new Draft(entryId, entry.getMessage().getSubject(), entry.getMessage().getBody(),
                of(chosen, AddressField.TO), of(chosen, AddressField.CC), of(chosen, AddressField.BCC),
                attachments.findByMessageIdOrderByIdAsc(messageId), null);
    }

    /** A reply to the writer, or with {@code all} also to the to and cc addresses (never bcc), quoting the mail. */
    @Transactional(readOnly = true)
    public Draft reply(long entryId, boolean all) {
        MailEntry entry = access.ownEntry(entryId);
        MailMessage message = entry.getMessage();
        String me = "person:" + entry.getOwner();
        Set<String> to = new LinkedHashSet<>();
        to.add("person:" + message.getSender());
        List<String> cc = new ArrayList<>();
        if (all) {
            List<MailAddress> chosen = addresses.findByMessageIdOrderByIdAsc(message.getId());
            to.addAll(of(chosen, AddressField.TO));
            of(chosen, AddressField.CC).stream().filter(a -> !to.contains(a)).forEach(cc::add);
        }
        if (to.size() > 1) {
            to.remove(me);
        }
        cc.remove(me);
        return new Draft(null, prefixed("mail.reply.prefix", message.getSubject()), quote(message),
                List.copyOf(to), cc, List.of(), List.of(), null);
    }

    /** The mail to send on, quoted, with its attachments. */
    @Transactional(readOnly = true)
    public Draft forward(long entryId) {
        MailMessage message = access.ownEntry(entryId).getMessage();
        return new Draft(null, prefixed("mail.forward.prefix", message.getSubject()), quote(message), List.of(),
                List.of(), List.of(), attachments.findByMessageIdOrderByIdAsc(message.getId()), entryId);
    }

    private static List<String> of(List<MailAddress> chosen, AddressField field) {
        return chosen.stream().filter(a -> a.getField() == field).map(MailAddress::getAddress).toList();
    }

    private String prefixed(String prefixKey, String subject) {
        String prefix = text(prefixKey);
        String prefixedSubject = subject.startsWith(prefix) ? subject : prefix + subject;
        return prefixedSubject.length() > MAX_SUBJECT ? prefixedSubject.substring(0, MAX_SUBJECT) : prefixedSubject;
    }

    private String quote(MailMessage message) {
        Instant at = message.getSentAt() == null ? message.getUpdatedAt() : message.getSentAt();
        String header = text("mail.quote.header", message.getSenderName(), TIME.format(at.atZone(clock.getZone())),
                message.getSubject());
        return "<p></p><blockquote><p>" + HtmlUtils.htmlEscape(header) + "</p>" + message.getBody() + "</blockquote>";
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    // ---- recall, move, delete -----------------------------------------------------------------------------

    /** Takes the mail back from the internal recipients who have not read it; those who have keep it. */
    public Recall recall(long entryId) {
        MailEntry entry = access.ownEntry(entryId);
        MailMessage message = entry.getMessage();
        if (!message.isSent() || !message.getSender().equals(entry.getOwner())) {
            throw new BusinessRuleException("mail.error.notRecallable");
        }
        Instant now = clock.instant();
        List<String> recalled = new ArrayList<>();
        List<String> alreadyRead = new ArrayList<>();
        List<MailEntry> held = entries.findByMessageId(message.getId());
        for (MailRecipient recipient : recipients.findByMessageIdOrderByIdAsc(message.getId())) {
            if (!recipient.isInternal() || recipient.getRecalledAt() != null) {
                continue;
            }
            if (recipient.getReadAt() != null) {
                alreadyRead.add(recipient.getName());
                continue;
            }
            held.stream().filter(e -> e.getOwner().equals(recipient.getUsername()) && e.getBox() != Box.SENT)
                    .forEach(entries::delete);
            recipient.recalled(now);
            recalled.add(recipient.getName());
        }
        audit.success("MAIL_RECALL", "mail", message.getId(), "recalled=" + recalled.size()
                + " read=" + alreadyRead.size());
        events.publishEvent(new IndexEntryChanged(MailIndex.KIND, message.getId()));
        return new Recall(recalled, alreadyRead);
    }

    /** Into the inbox, the trash or one of the owner's folders; a draft stays with the drafts. */
    public void move(long entryId, Destination to) {
        MailEntry entry = access.ownEntry(entryId);
        if (entry.getBox() == Box.DRAFTS) {
            throw new BusinessRuleException("mail.error.notMovable");
        }
        if (to.box() == Box.FOLDER) {
            access.ownFolder(to.folderId());
        }
        entry.moveTo(to.box(), to.folderId());
    }

    /** The owner's flag (星标) on the entry, on or off. */
    public void toggleFlag(long entryId) {
        access.ownEntry(entryId).toggleFlag();
    }

    /** Into the trash; from the trash, gone for good. */
    public void delete(long entryId) {
        MailEntry entry = access.ownEntry(entryId);
        if (entry.getBox() == Box.TRASH) {
            deleteForGood(entry);
        } else {
            entry.moveTo(Box.TRASH, null);
        }
    }

    /** Deletes everything in the owner's trash for good: how many. */
    public int emptyTrash() {
        List<MailEntry> trash = entries.findByOwnerAndBox(currentUsers.current().username(), Box.TRASH);
        trash.forEach(this::deleteForGood);
        return trash.size();
    }

    /**
     * The entry goes; the message with it once nobody holds it any more. Its files stay in the file store, which
     * keeps what a backup holds and has no deletion.
     */
    private void deleteForGood(MailEntry entry) {
        Long messageId = entry.getMessage().getId();
        entries.delete(entry);
        entries.flush();
        if (entries.findByMessageId(messageId).isEmpty()) {
            attachments.deleteByMessageId(messageId);
            recipients.deleteByMessageId(messageId);
            addresses.deleteByMessageId(messageId);
            messages.deleteById(messageId);
        }
        events.publishEvent(new IndexEntryChanged(MailIndex.KIND, messageId));
    }
}
