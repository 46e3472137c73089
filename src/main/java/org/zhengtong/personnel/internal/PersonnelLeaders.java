package org.zhengtong.personnel.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;

/** The leaders a unit's personnel office names, who then see the fields of 人事处及指定领导 of the unit's records. */
@Service
@Transactional
public class PersonnelLeaders {

    static final int MAX_LEADERS = 50;

    private final NamedLeaderRepository leaders;
    private final PersonnelAccess access;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final Clock clock;

    PersonnelLeaders(NamedLeaderRepository leaders, PersonnelAccess access, OrgDirectory directory,
                     CurrentUsers currentUsers, AuditLog audit, Clock clock) {
        this.leaders = leaders;
        this.access = access;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The named leaders of the office's unit, by username. */
    @Transactional(readOnly = true)
    public List<String> named() {
        CurrentUser user = currentUsers.current();
        access.requireOffice(user, "PERSONNEL_LEADERS_SET", null);
        return leaders.findByUnitIdOrderByUsername(user.unitId()).stream().map(NamedLeader::getUsername).toList();
    }

    /** Names exactly these people of the unit (the others lose the sight); someone of another unit is refused. */
    public void name(List<String> usernames) {
        CurrentUser user = currentUsers.current();
        access.requireOffice(user, "PERSONNEL_LEADERS_SET", null);
        Set<String> requested = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            String name = username.strip();
            if (directory.person(name).filter(p -> p.unitId() == user.unitId()).isEmpty()) {
                throw new PersonnelRefused("personnel.error.person", name);
            }
            requested.add(name);
        }
        if (requested.size() > MAX_LEADERS) {
            throw new PersonnelRefused("personnel.error.tooManyLeaders", MAX_LEADERS);
        }
        leaders.deleteByUnitId(user.unitId());
        leaders.flush();
        Instant now = clock.instant();
        requested.forEach(u -> leaders.save(new NamedLeader(user.unitId(), u, user.username(), now)));
        audit.success("PERSONNEL_LEADERS_SET", "unit", user.unitId(), String.join(",", requested));
    }
}
