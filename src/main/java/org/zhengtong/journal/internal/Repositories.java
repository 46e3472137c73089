package org.zhengtong.journal.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByUnitIdAscSortOrderAscIdAsc();

    boolean existsByUnitIdAndName(long unitId, String name);
}

interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findByAuthorOrderBySubmittedAtDesc(String author);

    List<Article> findByPublicationIdAndStatusInOrderBySubmittedAtAsc(long publicationId,
                                                                      Collection<ArticleStatus> statuses);

    List<Article> findByIssueIdOrderByIssuePositionAsc(long issueId);

    /** Per unit and status, how many articles were submitted to the publication in the period: unit, status, count. */
    @Query("select a.unitId, a.status, count(a) from Article a where a.publicationId = :publication"
            + " and a.submittedAt >= :from and a.submittedAt < :to group by a.unitId, a.status")
    List<Object[]> countByUnitAndStatus(@Param("publication") long publicationId, @Param("from") Instant from,
                                        @Param("to") Instant to);
}

interface IssueRepository extends JpaRepository<Issue, Long> {

    List<Issue> findByPublicationIdOrderByIssueYearDescNumberDescIdDesc(long publicationId);

    List<Issue> findByStatusAndPublishedAtAfterOrderByPublishedAtDesc(Issue.Status status, Instant after);
}
