package org.zhengtong.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.NamePinyin;
import org.zhengtong.platform.OrgDirectory;

/**
 * What else a reader's words may mean: the other words of their 同义词 group, and for latin letters (at least two)
 * the names of the people of the organization whose pinyin they are ("zs" finds 张三 and 赵爽, "lixiaoming" 李晓明).
 * The names are read again from the organization every minute at most; at most {@value #MAX_NAMES} are taken.
 */
@Component
class SynonymsAndNames implements QueryExpansion {

    static final int MAX_NAMES = 20;
    private static final Duration NAMES_FRESH_FOR = Duration.ofMinutes(1);

    private final Synonyms synonyms;
    private final OrgDirectory org;
    private final NamePinyin pinyin;
    private final Clock clock;
    private volatile Names names = new Names(List.of(), Instant.MIN);

    SynonymsAndNames(Synonyms synonyms, OrgDirectory org, NamePinyin pinyin, Clock clock) {
        this.synonyms = synonyms;
        this.org = org;
        this.pinyin = pinyin;
        this.clock = clock;
    }

    @Override
    public Set<String> alternativesOf(String text) {
        Set<String> alternatives = new LinkedHashSet<>(synonyms.of(text));
        if (text.length() >= 2 && NamePinyin.mayBePinyin(text)) {
            names().stream().filter(name -> pinyin.matchesWhole(name, text)).limit(MAX_NAMES)
                    .forEach(alternatives::add);
        }
        return alternatives;
    }

    private List<String> names() {
        Names current = names;
        Instant now = clock.instant();
        if (current.readAt().plus(NAMES_FRESH_FOR).isBefore(now)) {
            current = new Names(org.everyone().stream().map(OrgDirectory.PersonRef::name).distinct().toList(), now);
            names = current;
        }
        return current.names();
    }

    private record Names(List<String> names, Instant readAt) {
    }
}
