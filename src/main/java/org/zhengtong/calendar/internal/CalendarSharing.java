package org.zhengtong.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;

/**
 * 共享与订阅: whom the owner lets read her calendar, and her subscription address. The address carries a random
 * token of 256 bits of which only the SHA-256 is stored; a new one replaces the old, and revoking ends it.
 */
@Service
@Transactional
public class CalendarSharing {

    public static final int MAX_READERS = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarShareRepository shares;
    private final CalendarFeedRepository feeds;
    private final CalendarAccess access;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    CalendarSharing(CalendarShareRepository shares, CalendarFeedRepository feeds, CalendarAccess access,
                    OrgDirectory directory, AuditLog audit, Clock clock) {
        this.shares = shares;
        this.feeds = feeds;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person as the pages show her: by name. */
    public record Person(String username, String name) {
    }

    /** The people the current person shares her calendar with. */
    @Transactional(readOnly = true)
    public List<Person> readers() {
        return shares.findByOwnerOrderByIdAsc(access.owner()).stream()
                .map(s -> new Person(s.getReader(), directory.nameOf(s.getReader()))).toList();
    }

    /** The people whose calendars the current person may read. */
    @Transactional(readOnly = true)
    public List<Person> sharedWithMe() {
        return shares.findByReaderOrderByIdAsc(access.owner()).stream()
                .map(s -> new Person(s.getOwner(), directory.nameOf(s.getOwner()))).toList();
    }

    /** Everyone in the organization the current person may share with: for the picker. */
    @Transactional(readOnly = true)
    public List<PersonRef> candidates() {
        String me = access.owner();
        return directory.everyone().stream().filter(p -> !p.username().equals(me)).toList();
    }

    /** Lets a person of the organization read the calendar; sharing twice changes nothing. */
    public void share(String reader) {
        String owner = access.owner();
        PersonRef person = reader == null ? null : directory.person(reader.strip()).orElse(null);
        if (person == null) {
            throw new BusinessRuleException("calendar.error.noSuchPerson");
        }
        if (person.username().equals(owner)) {
            throw new BusinessRuleException("calendar.error.shareWithSelf");
        }
        if (shares.existsByOwnerAndReader(owner, person.username())) {
            return;
        }
        if (shares.findByOwnerOrderByIdAsc(owner).size() >= MAX_READERS) {
            throw new BusinessRuleException("calendar.error.tooManyReaders", String.valueOf(MAX_READERS));
        }
        shares.save(new CalendarShare(owner, person.username(), clock.instant()));
        audit.success("CALENDAR_SHARE", "calendar", owner, "share with " + person.username());
    }

    public void unshare(String reader) {
        String owner = access.owner();
        if (reader != null && shares.deleteShare(owner, reader) > 0) {
            audit.success("CALENDAR_SHARE", "calendar", owner, "unshare " + reader);
        }
    }

    @Transactional(readOnly = true)
    public boolean hasFeed() {
        return feeds.existsById(access.owner());
    }

    /** A new subscription token, replacing the old one: shown once, since only its hash is kept. */
    public String newFeedToken() {
        String owner = access.owner();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.findById(owner).ifPresentOrElse(feed -> feed.replace(hash(token), clock.instant()),
                () -> feeds.save(new CalendarFeed(owner, hash(token), clock.instant())));
        audit.success("CALENDAR_FEED", "calendar", owner, "new token");
        return token;
    }

    public void revokeFeed() {
        String owner = access.owner();
        if (feeds.existsById(owner)) {
            feeds.deleteById(owner);
            audit.success("CALENDAR_FEED", "calendar", owner, "revoked");
        }
    }

    /** Whose subscription the token opens, if it is current. */
    @Transactional(readOnly = true)
    public Optional<String> ownerOfToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).map(CalendarFeed::getOwner);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
