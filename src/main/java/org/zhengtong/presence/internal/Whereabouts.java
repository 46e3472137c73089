package org.zhengtong.presence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.presence.Engagements;
import org.zhengtong.presence.Engagements.Engagement;
import org.zhengtong.presence.OutOfOffice;
import org.zhengtong.workflow.Delegations;

/**
 * Who is in and who is out: 外出情况查询 for leaders and department heads over their own staff (now and in a
 * period), and the 本科室 list every member of a department sees. Whom each may see is {@link PresenceScope}'s.
 */
@Service
@Transactional(readOnly = true)
public class Whereabouts implements OutOfOffice {

    /** The longest period 外出情况查询 covers at once. */
    static final int MAX_PERIOD_DAYS = 92;

    /**
     * One person in 外出情况查询: away now ({@code now}, null when in) and her absences in the period; what other
     * modules know her to be engaged in now ({@code engagedNow}, such as a meeting) and in the period; {@code standIn}
     * is whoever takes her tasks now through 代办, however it was registered.
     */
    public record PersonWhereabouts(String username, String name, String departmentName, AbsenceView now,
                                    List<AbsenceView> inPeriod, Engagement engagedNow, List<Engagement> engagements,
                                    String standIn) {

        public boolean away() {
            return now != null;
        }
    }

    private final AbsenceRepository absences;
    private final PresenceScope scope;
    private final Delegations delegations;
    private final OrgDirectory directory;
    private final List<Engagements> engagementSources;
    private final Clock clock;

    Whereabouts(AbsenceRepository absences, PresenceScope scope, Delegations delegations, OrgDirectory directory,
                List<Engagements> engagementSources, Clock clock) {
        this.engagementSources = engagementSources;
        this.absences = absences;
        this.scope = scope;
        this.delegations = delegations;
        this.directory = directory;
        this.clock = clock;
    }

    /** Whether she may open 外出情况查询 at all. */
    public boolean mayQuery(String username) {
        return scope.subordinatesOf(username).isPresent();
    }

    /**
     * 外出情况查询: each of her staff, in or out now, and away when in the days {@code from} to {@code to}
     * (inclusive, in the application's zone). Refused (403) for someone who leads nobody.
     */
    public List<PersonWhereabouts> ofStaff(String username, LocalDate from, LocalDate to) {
        List<PersonRef> staff = scope.subordinatesOf(username)
                .orElseThrow(() -> new AccessDeniedException(username + " leads nobody: 外出情况查询 is for leaders"));
        if (to.isBefore(from)) {
            throw new BusinessRuleException("presence.error.periodOrder");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new BusinessRuleException("presence.error.periodTooLong", MAX_PERIOD_DAYS);
        }
        Instant now = clock.instant();
        Instant periodStart = from.atStartOfDay(clock.getZone()).toInstant();
        Instant periodEnd = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<String, List<Absence>> inPeriod = awayDuring(staff, periodStart, periodEnd, now);
        Map<String, List<Absence>> awayNow = awayDuring(staff, now, now.plusNanos(1), now);
        Map<String, String> standIns = delegations.inForce(usernames(staff), now).stream().collect(Collectors
                .toMap(Delegations.HandOver::fromUsername, h -> directory.nameOf(h.toUsername()), (a, b) -> a));
        Instant engagedFrom = now.isBefore(periodStart) ? now : periodStart;
        Instant engagedTo = now.isBefore(periodEnd) ? periodEnd : now.plusNanos(1);
        Map<String, List<Engagement>> engaged = engagementSources.stream()
                .flatMap(source -> source.during(usernames(staff), engagedFrom, engagedTo).stream())
                .sorted(Comparator.comparing(Engagement::start))
                .collect(Collectors.groupingBy(Engagement::username));
        return staff.stream().map(person -> {
            List<Engagement> own = engaged.getOrDefault(person.username(), List.of());
            return new PersonWhereabouts(person.username(), person.name(), departmentName(person),
                    awayNow.getOrDefault(person.username(), List.of()).stream().map(a -> view(a, now)).findFirst()
                            .orElse(null),
                    inPeriod.getOrDefault(person.username(), List.of()).stream().map(a -> view(a, now)).toList(),
                    own.stream().filter(e -> e.covers(now)).findFirst().orElse(null),
                    own.stream().filter(e -> e.start().isBefore(periodEnd) && e.end().isAfter(periodStart)).toList(),
                    standIns.get(person.username()));
        }).toList();
    }

    /** 本科室外出: the people of her department away now. */
    public List<AbsenceView> departmentAwayNow(String username) {
        List<PersonRef> colleagues = scope.colleaguesOf(username);
        Instant now = clock.instant();
        Map<String, List<Absence>> away = awayDuring(colleagues, now, now.plusNanos(1), now);
        return colleagues.stream().filter(person -> away.containsKey(person.username()))
                .map(person -> view(away.get(person.username()).get(0), now)).toList();
    }

    @Override
    public Set<String> outNow(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        return absences.possiblyAway(Set.copyOf(usernames), now, now.plusNanos(1)).stream()
                .filter(a -> a.awayDuring(now, now.plusNanos(1), now)).map(Absence::getUsername)
                .collect(Collectors.toSet());
    }

    private Map<String, List<Absence>> awayDuring(List<PersonRef> people, Instant from, Instant to, Instant now) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return absences.possiblyAway(usernames(people), from, to).stream()
                .filter(a -> a.awayDuring(from, to, now))
                .collect(Collectors.groupingBy(Absence::getUsername));
    }

    private AbsenceView view(Absence absence, Instant now) {
        return AbsenceView.of(absence, directory.nameOf(absence.getUsername()),
                absence.getStandInUsername() == null ? null : directory.nameOf(absence.getStandInUsername()), now);
    }

    private String departmentName(PersonRef person) {
        return person.departmentId() == null ? null
                : directory.department(person.departmentId()).map(OrgDirectory.DepartmentRef::name).orElse(null);
    }

    private static List<String> usernames(List<PersonRef> people) {
        return people.stream().map(PersonRef::username).toList();
    }
}
