package org.zhengtong.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.IndexStatus;
import org.zhengtong.search.Searchable;

/** What system administrators, and only they, see of the index, and the rebuild they start (audited). */
@Service
public class IndexAdministration {

    private final FullTextSearch index;
    private final IndexStatus lag;
    private final IndexRebuild rebuild;
    private final ObjectProvider<Searchable> owners;
    private final AuditLog audit;
    private final CurrentUsers currentUsers;

    IndexAdministration(FullTextSearch index, IndexStatus lag, IndexRebuild rebuild, ObjectProvider<Searchable> owners,
                        AuditLog audit, CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
        this.index = index;
        this.lag = lag;
        this.rebuild = rebuild;
        this.owners = owners;
        this.audit = audit;
    }

    /**
     * @param kinds      every module's kind with the entries the index holds of it now
     * @param rebuilding whether a rebuild runs now
     * @param rebuilt    entries indexed by the running or last rebuild, by kind; empty when none ran since start
     * @param rebuildSkipped records the rebuild left out because their module could not give them (see the log)
     */
    public record Status(List<KindCount> kinds, IndexStatus.Lag lag, boolean rebuilding, Instant rebuildStartedAt,
                         Instant rebuildEndedAt, Map<String, Long> rebuilt, long rebuildSkipped,
                         String rebuildFailure) {
    }

    public record KindCount(String kind, long entries) {
    }

    public Status status() {
        requireSystemAdministrator();
        List<KindCount> kinds = owners.orderedStream().map(Searchable::kind).sorted()
                .map(kind -> new KindCount(kind, index.count(kind))).toList();
        IndexRebuild.Progress progress = rebuild.progress();
        return new Status(kinds, lag.lag(), progress.running(), progress.startedAt(), progress.endedAt(),
                progress.indexed(), progress.skipped(), progress.failure());
    }

    /** Starts a rebuild in the background; false when one runs already. */
    public boolean startRebuild() {
        requireSystemAdministrator();
        boolean started = rebuild.start();
        if (started) {
            audit.success("SEARCH_INDEX_REBUILD", "search", null, "all kinds");
        }
        return started;
    }

    private void requireSystemAdministrator() {
        CurrentUser user = currentUsers.current();
        if (!user.hasRole(Roles.SYSTEM_ADMIN)) {
            throw new AccessDeniedException(user.username() + " is not a system administrator");
        }
    }
}
