package org.zhengtong.leaderschedule.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.Positions;
import org.zhengtong.search.Readers;

/**
 * Who may see and keep whose schedule, from the organization and the leaders' settings (never from what a request
 * names). The leader and his editors see and change all his entries; the unit's leaders and its office director
 * (and his named viewers) see the LEADERS_ONLY ones too; everyone of the unit sees the PUBLIC ones; nobody else
 * anything. The unit's office director, or a holder of {@code LEADERSCHEDULE_MANAGE} in the unit, sets the editors and
 * viewers.
 */
@Component
class ScheduleRules {

    static final Set<String> LEADER_POSITIONS = Set.of(Positions.UNIT_HEAD, Positions.LEADER_IN_CHARGE);

    private final OrgDirectory directory;
    private final ScheduleGrantRepository grants;

    ScheduleRules(OrgDirectory directory, ScheduleGrantRepository grants) {
        this.directory = directory;
        this.grants = grants;
    }

    /** The reader as the rules see her: her place and the leaders whose schedules she keeps or reads. */
    record Reader(String username, Long unitId, boolean leader, boolean office, Set<String> editorOf,
                  Set<String> viewerOf) {

        boolean mayEdit(String leaderUsername) {
            return username.equals(leaderUsername) || editorOf.contains(leaderUsername);
        }

        boolean maySee(ScheduleEntry entry) {
            if (mayEdit(entry.getLeader())) {
                return true;
            }
            boolean sameUnit = unitId != null && unitId == entry.getUnitId();
            return switch (entry.getVisibility()) {
                case PRIVATE -> false;
                case LEADERS_ONLY -> sameUnit && (leader || office) || viewerOf.contains(entry.getLeader());
                case PUBLIC -> sameUnit || viewerOf.contains(entry.getLeader());
            };
        }

        /** Whether she may open the unit's week at all: she is of the unit or named in a setting of its leaders. */
        boolean mayOpenUnit(long unit, Set<String> leadersOfUnit) {
            return unitId != null && unitId == unit || leadersOfUnit.stream()
                    .anyMatch(l -> editorOf.contains(l) || viewerOf.contains(l));
        }
    }

    Reader reader(CurrentUser user) {
        return reader(user.username());
    }

    Reader reader(String username) {
        PersonRef person = directory.person(username).orElse(null);
        Set<String> editorOf = new LinkedHashSet<>();
        Set<String> viewerOf = new LinkedHashSet<>();
        for (ScheduleGrant grant : grants.findByUsername(username)) {
            (grant.getKind() == GrantKind.EDITOR ? editorOf : viewerOf).add(grant.getLeader());
        }
        return new Reader(username, person == null ? null : person.unitId(),
                person != null && LEADER_POSITIONS.contains(person.position()),
                person != null && Positions.OFFICE_DIRECTOR.equals(person.position()), editorOf, viewerOf);
    }

    /** Whether she sets the leaders' editors and viewers of the unit. */
    boolean mayManage(CurrentUser user, long unitId) {
        if (user.unitId() == null || user.unitId() != unitId) {
            return false;
        }
        return user.can(LeaderSchedulePermissions.MANAGE) || directory.person(user.username())
                .map(p -> Positions.OFFICE_DIRECTOR.equals(p.position())).orElse(false);
    }

    /**
     * The people whose schedules the unit keeps, in the organization's order: its head and leaders in charge, and
     * anyone else with a setting (特定人员).
     */
    List<PersonRef> leaders(long unitId) {
        Set<String> withSetting = grants.findByUnitIdOrderByIdAsc(unitId).stream().map(ScheduleGrant::getLeader)
                .collect(Collectors.toSet());
        List<PersonRef> people = directory.people(unitId);
        List<PersonRef> heads = people.stream().filter(p -> Positions.UNIT_HEAD.equals(p.position())).toList();
        List<PersonRef> rest = people.stream().filter(p -> !Positions.UNIT_HEAD.equals(p.position())
                && (LEADER_POSITIONS.contains(p.position()) || withSetting.contains(p.username()))).toList();
        return java.util.stream.Stream.concat(heads.stream(), rest.stream()).toList();
    }

    /** Whether the person's schedule is kept here: a leader of his unit by position, or one with a setting. */
    boolean isScheduled(PersonRef person) {
        return LEADER_POSITIONS.contains(person.position())
                || !grants.findByLeaderOrderByIdAsc(person.username()).isEmpty();
    }

    /** Who may find the entry in the search, as the index stores it ({@link Readers} tokens). */
    Set<String> readers(ScheduleEntry entry) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(Readers.person(entry.getLeader()));
        List<ScheduleGrant> setting = grants.findByLeaderOrderByIdAsc(entry.getLeader());
        setting.stream().filter(g -> g.getKind() == GrantKind.EDITOR)
                .forEach(g -> tokens.add(Readers.person(g.getUsername())));
        if (entry.getVisibility() == Visibility.PRIVATE) {
            return tokens;
        }
        setting.stream().filter(g -> g.getKind() == GrantKind.VIEWER)
                .forEach(g -> tokens.add(Readers.person(g.getUsername())));
        if (entry.getVisibility() == Visibility.PUBLIC) {
            tokens.add(Readers.unit(entry.getUnitId()));
            return tokens;
        }
        directory.people(entry.getUnitId()).stream()
                .filter(p -> LEADER_POSITIONS.contains(p.position())
                        || Objects.equals(Positions.OFFICE_DIRECTOR, p.position()))
                .forEach(p -> tokens.add(Readers.person(p.username())));
        return tokens;
    }
}
