package org.zhengtong.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.zhengtong.platform.OrgDirectory.PersonRef;

/**
 * 代办 for other modules (外出登记 …): hand a person's new tasks to a stand-in for a while, end such a hand-over and
 * give back what it handed over, and see who stands in for whom. The same rules as the 代办 page: a stand-in within
 * the kit's hand-over scope (the person's own unit), no two hand-overs of one person at once, and a classified task
 * stays with its assignee when the stand-in is not cleared for it. Refusals are {@link WorkflowException}s.
 */
public interface Delegations {

    /**
     * From {@code startsAt} to {@code endsAt}, tasks assigned to {@code fromUsername} go to {@code toUsername}
     * (marked "代 某某 办理"); tasks she already has stay with her. Returns the hand-over's id.
     */
    long handOver(String fromUsername, String toUsername, Instant startsAt, Instant endsAt, String reason);

    /**
     * Ends the hand-over now (one not yet begun never begins) and gives back to {@code fromUsername} her open tasks
     * it handed over that the stand-in still holds. Returns how many came back.
     */
    int endAndGiveBack(long handOverId, String fromUsername);

    /** The hand-overs of these people in force at that moment: who stands in for whom. */
    List<HandOver> inForce(Collection<String> fromUsernames, Instant at);

    /** The people the kit lets take this person's tasks, in the organization's order. */
    List<PersonRef> possibleStandIns(String fromUsername);

    record HandOver(long id, String fromUsername, String toUsername, Instant startsAt, Instant endsAt) {
    }
}
