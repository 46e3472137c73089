package org.zhengtong.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.Roles;

/**
 * The 同义词 dictionary of 综合检索, kept by the system administrators: a search for one word of a group also finds
 * the others ("发改委" finds "发展和改革委员会"). Applied when searching, so a change needs no rebuild of the index.
 * The groups are few and read on every search, so they are kept in memory and read again after a change.
 */
@Service
public class Synonyms {

    static final int MAX_GROUPS = 500, MAX_WORD = 50;
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；]");

    private final SynonymGroupRepository groups;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;
    private volatile Map<String, Set<String>> byWord;

    Synonyms(SynonymGroupRepository groups, AuditLog audit, CurrentUsers currentUsers) {
        this.groups = groups;
        this.audit = audit;
        this.currentUsers = currentUsers;
    }

    /** The other words of the group this word belongs to; empty when it belongs to none. */
    Set<String> of(String word) {
        Map<String, Set<String>> current = byWord;
        if (current == null) {
            current = load();
        }
        Set<String> group = current.getOrDefault(word, Set.of());
        Set<String> others = new LinkedHashSet<>(group);
        others.remove(word);
        return others;
    }

    /** The dictionary as the administrator edits it: a group per line, its words separated by commas. */
    @Transactional(readOnly = true)
    public String text() {
        requireSystemAdministrator();
        return String.join("\n", groups.findAllByOrderById().stream().map(SynonymGroup::getWords).toList());
    }

    /**
     * Replaces the dictionary. A line with fewer than two words, a word longer than {@value #MAX_WORD} characters
     * or a word in two groups is refused (400) and nothing changes.
     */
    @Transactional
    public int replace(String text) {
        requireSystemAdministrator();
        List<String> lines = parse(text == null ? "" : text);
        groups.deleteAllInBatch();
        groups.saveAll(lines.stream().map(SynonymGroup::new).toList());
        audit.success("SEARCH_SYNONYMS_CHANGED", "search", null, lines.size() + " groups");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                byWord = null;
            }
        });
        return lines.size();
    }

    private static List<String> parse(String text) {
        List<String> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String word : SEPARATORS.split(line)) {
                String clean = word.strip();
                if (clean.isEmpty()) {
                    continue;
                }
                if (clean.length() > MAX_WORD) {
                    throw new InvalidInputException("search.synonyms.tooLong", number, MAX_WORD);
                }
                if (!seen.add(clean)) {
                    throw new InvalidInputException("search.synonyms.twice", number, clean);
                }
                words.add(clean);
            }
            if (words.size() < 2) {
                throw new InvalidInputException("search.synonyms.single", number);
            }
            String joined = String.join(",", words);
            if (joined.length() > SynonymGroup.MAX_LENGTH) {
                throw new InvalidInputException("search.synonyms.lineTooLong", number, SynonymGroup.MAX_LENGTH);
            }
            lines.add(joined);
        }
        if (lines.size() > MAX_GROUPS) {
            throw new InvalidInputException("search.synonyms.tooMany", MAX_GROUPS);
        }
        return lines;
    }

    private synchronized Map<String, Set<String>> load() {
        if (byWord == null) {
            Map<String, Set<String>> loaded = new HashMap<>();
            for (SynonymGroup group : groups.findAllByOrderById()) {
                Set<String> words = Set.copyOf(List.of(group.getWords().split(",")));
                words.forEach(word -> loaded.put(word, words));
            }
            byWord = Map.copyOf(loaded);
        }
        return byWord;
    }

    private void requireSystemAdministrator() {
        CurrentUser user = currentUsers.current();
        if (!user.hasRole(Roles.SYSTEM_ADMIN)) {
            throw new AccessDeniedException(user.username() + " is not a system administrator");
        }
    }
}
