package org.zhengtong.contacts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NamePinyin;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.OrgDirectory.UnitRef;

/**
 * 公用通讯录: the people of the organization, read through {@link OrgDirectory} at each search, so that a move or a
 * new phone number shows at once and no copy can go stale. Filtering ten thousand people in memory takes a few
 * milliseconds; only the pinyin of the names, the costly part, is cached ({@link NamePinyin}).
 */
@Service
public class PublicDirectory {

    public static final int PAGE_SIZE = 20;

    private final OrgDirectory org;
    private final NamePinyin pinyin;
    private final ContactsProperties properties;
    private final CurrentUsers currentUsers;

    PublicDirectory(OrgDirectory org, NamePinyin pinyin, ContactsProperties properties, CurrentUsers currentUsers) {
        this.org = org;
        this.pinyin = pinyin;
        this.properties = properties;
        this.currentUsers = currentUsers;
    }

    /**
     * People whose name contains the query or starts with its pinyin (initials or full), or whose unit or department
     * name contains it; everyone for a blank query. In the organization's order, a page of {@link #PAGE_SIZE}.
     */
    public Page<DirectoryEntry> search(String query, Long unitId, int page) {
        Map<Long, UnitRef> units = new HashMap<>();
        Map<Long, String> departments = new HashMap<>();
        for (UnitRef unit : org.units()) {
            units.put(unit.id(), unit);
            org.departments(unit.id()).forEach(d -> departments.put(d.id(), d.name()));
        }
        CurrentUser reader = currentUsers.current();
        List<DirectoryEntry> found = org.everyone().stream()
                .filter(p -> units.containsKey(p.unitId()))
                .filter(p -> unitId == null || p.unitId() == unitId)
                .map(p -> entry(p, units.get(p.unitId()).name(), departments.get(p.departmentId()), reader))
                .filter(matching(query, units))
                .toList();
        int first = Math.max(page, 0) * PAGE_SIZE;
        List<DirectoryEntry> content = first >= found.size() ? List.of()
                : found.subList(first, Math.min(first + PAGE_SIZE, found.size()));
        return new PageImpl<>(content, PageRequest.of(Math.max(page, 0), PAGE_SIZE), found.size());
    }

    /** One person as the directory shows them to the current reader, if they are in it. */
    public Optional<DirectoryEntry> person(String username) {
        CurrentUser reader = currentUsers.current();
        return org.person(username).map(p -> entry(p,
                org.unit(p.unitId()).map(UnitRef::name).orElse(""),
                p.departmentId() == null ? null : org.department(p.departmentId()).map(d -> d.name()).orElse(null),
                reader));
    }

    private DirectoryEntry entry(PersonRef person, String unitName, String departmentName, CurrentUser reader) {
        boolean shown = properties.phoneVisibility().shows(reader.unitId(), person.unitId());
        return new DirectoryEntry(person.personId(), person.username(), person.name(), person.unitId(), unitName,
                departmentName, person.position(), shown ? person.phone() : null, shown ? person.mobile() : null,
                !shown, person.room(), person.email());
    }

    private Predicate<DirectoryEntry> matching(String query, Map<Long, UnitRef> units) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return entry -> true;
        }
        boolean mayBePinyin = NamePinyin.mayBePinyin(text);
        return entry -> contains(entry.name(), text)
                || mayBePinyin && pinyin.matches(entry.name(), text)
                || contains(entry.departmentName(), text)
                || contains(entry.unitName(), text)
                || contains(units.get(entry.unitId()).shortName(), text);
    }

    private static boolean contains(String field, String lowerCaseText) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
