package org.zhengtong.leadermailbox.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterRepository extends JpaRepository<Letter, Long> {

    List<Letter> findByLeaderInOrderBySentAtDesc(Collection<String> leaders);

    List<Letter> findByWriterOrderBySentAtDesc(String writer);

    Optional<Letter> findByReplyCodeHash(String replyCodeHash);

    /** Counts only: leader, month, status and the answer time, never a word of the letters. */
    @Query("select l.leader as leader, l.sentAt as sentAt, l.status as status, l.answeredAt as answeredAt "
            + "from Letter l where l.unitId = ?1 and l.sentAt >= ?2 and l.sentAt < ?3")
    List<LetterFacts> facts(long unitId, Instant from, Instant to);

    interface LetterFacts {
        String getLeader();

        Instant getSentAt();

        LetterStatus getStatus();

        Instant getAnsweredAt();
    }
}

interface LetterReaderRepository extends JpaRepository<LetterReader, LetterReader.Key> {

    List<LetterReader> findByKeyLeaderOrderByKeyReader(String leader);

    List<LetterReader> findByKeyReader(String reader);

    void deleteByKeyLeader(String leader);
}
