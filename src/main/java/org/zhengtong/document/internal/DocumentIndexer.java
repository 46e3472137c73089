package org.zhengtong.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;
import org.zhengtong.workflow.Workflow;

/**
 * The documents in the full-text index: a change to a document is announced in its transaction (once however often
 * it changed) and the index takes the entry from here after the commit, never before, so a rolled-back draft is not
 * found; all of them again from the table on a rebuild. An entry's readers are those of {@link DocumentAccess}: the
 * drafter, the explicit readers, everyone who took part in its process, the unit's administrators and the system
 * administrators; the search still asks {@link DocumentAccess} about every hit.
 */
@Component
class DocumentIndexer implements Searchable {

    static final String KIND = "document";
    private static final String COLUMNS = "select id, unit_id, title, body_html, issue_date, created_at,"
            + " document_number, registration_number, classification, initiator, process_instance_id from doc_document";

    private final FullTextSearch search;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Workflow workflow;
    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DocumentIndexer(FullTextSearch search, JdbcTemplate jdbc, ApplicationEventPublisher events, Workflow workflow,
                    DocumentRepository documents, DocumentAccess access, CurrentUsers currentUsers, Clock clock) {
        this.search = search;
        this.jdbc = jdbc;
        this.events = events;
        this.workflow = workflow;
        this.documents = documents;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** Has the document indexed as it stands when the current transaction (which must be one) commits. */
    void indexAfterCommit(OfficialDocument document) {
        @SuppressWarnings("unchecked")
        Set<Long> announced = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (announced == null) {
            announced = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, announced);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DocumentIndexer.this);
                }
            });
        }
        if (announced.add(document.getId())) {
            events.publishEvent(new IndexEntryChanged(KIND, document.getId()));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<FullTextSearch.Entry> entry(long id) {
        List<Row> rows = jdbc.query(COLUMNS + " where id = ?", (rs, row) -> row(rs), id);
        return rows.stream().findFirst().map(row -> textOf(row.entry(readersOf(rows).get(row.id()))));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        return documents.findByIdIn(List.copyOf(ids)).stream().filter(document -> access.canRead(document, user))
                .map(OfficialDocument::getId).collect(Collectors.toSet());
    }

    @Override
    public String link(long id) {
        return "/documents/" + id;
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.queryForList("select id from doc_document where id > ? order by id fetch first " + limit
                + " rows only", Long.class, afterId);
    }

    /** A rebuild's batch in two queries (the rows, their processes' participants) rather than two per document. */
    @Override
    public List<FullTextSearch.Entry> entries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = Set.copyOf(ids);
        List<Row> rows = jdbc.query(COLUMNS + " where id between ? and ?", (rs, row) -> row(rs),
                Collections.min(ids), Collections.max(ids)).stream().filter(row -> wanted.contains(row.id())).toList();
        Map<Long, Set<String>> readers = readersOf(rows);
        return rows.stream().map(row -> textOf(row.entry(readers.get(row.id())))).toList();
    }

    /** A row of the table with what its entry needs besides the readers; the body is HTML still. */
    private record Row(long id, long unitId, String title, String bodyHtml, LocalDate date, Classification classification,
                       Map<String, String> fields, String initiator, String processInstanceId) {

        FullTextSearch.Entry entry(Set<String> readers) {
            return new FullTextSearch.Entry(KIND, id, unitId, title, bodyHtml, date, classification, readers, fields);
        }
    }

    private Row row(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        java.sql.Date issued = rs.getDate("issue_date");
        LocalDate date = issued != null ? issued.toLocalDate()
                : created == null ? null : LocalDate.ofInstant(created.toInstant(), clock.getZone());
        return new Row(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"), rs.getString("body_html"), date,
                Classification.valueOf(rs.getString("classification")), fields(rs.getString("document_number"),
                rs.getString("registration_number"), rs.getString("classification")), rs.getString("initiator"),
                rs.getString("process_instance_id"));
    }

    /** Who may find each document: the readers of {@link DocumentAccess}, for a batch of rows at once. */
    private Map<Long, Set<String>> readersOf(List<Row> rows) {
        Map<Long, Set<String>> readers = new HashMap<>();
        if (rows.isEmpty()) {
            return readers;
        }
        Map<String, Set<String>> participants = workflow.participants(rows.stream().map(Row::processInstanceId)
                .filter(Objects::nonNull).toList());
        Map<Long, List<String>> explicit = new HashMap<>();
        jdbc.query("select document_id, username from doc_reader where document_id between ? and ?", rs -> {
            explicit.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        }, rows.stream().mapToLong(Row::id).min().orElseThrow(), rows.stream().mapToLong(Row::id).max().orElseThrow());
        for (Row row : rows) {
            Set<String> of = new LinkedHashSet<>();
            of.add(Readers.role(Roles.SYSTEM_ADMIN));
            of.add(Readers.role(Roles.UNIT_ADMIN, row.unitId()));
            Stream.of(Stream.ofNullable(row.initiator()), explicit.getOrDefault(row.id(), List.of()).stream(),
                            participants.getOrDefault(row.processInstanceId(), Set.of()).stream())
                    .flatMap(s -> s).map(Readers::person).forEach(of::add);
            readers.put(row.id(), of);
        }
        return readers;
    }

    /** The entry with the body's text in place of its HTML (the costly part of indexing besides the analysis). */
    private static FullTextSearch.Entry textOf(FullTextSearch.Entry raw) {
        return new FullTextSearch.Entry(raw.kind(), raw.id(), raw.unitId(), raw.title(), RichText.text(raw.text()), raw.date(),
                raw.classification(), raw.readers(), raw.fields());
    }

    private static Map<String, String> fields(String number, String registrationNumber, String classification) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (number != null) {
            fields.put("number", number);
        }
        if (registrationNumber != null) {
            fields.put("registrationNumber", registrationNumber);
        }
        fields.put("classification", classification);
        return fields;
    }
}
