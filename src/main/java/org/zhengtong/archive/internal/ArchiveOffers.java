package org.zhengtong.archive.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ReadyForArchive;

/**
 * The archive's intake (architecture principle 3): every {@link ReadyForArchive} becomes one row of
 * {@code arc_offer}, the candidates (待归档). The listener is durable through the event publication registry and
 * idempotent — a second delivery of the same offer finds its row and changes nothing.
 * <p>
 * A database from before the offers has finished objects but no offer. After start, in a thread of its own so that
 * the application serves meanwhile, each {@link Archivable} whose kind has no row in {@code arc_offer_intake} is asked
 * for the offers it would have made, a batch per transaction written with one JDBC batch (the entity's identity ids
 * would make Hibernate insert row by row: an hour for a million 公文), and the kind is marked done when its last batch
 * is in. An intake stopped halfway (the process ended) starts the kind again at the next start and skips what it has.
 * This is done here and not in the migration because a module never reads another's tables (architecture principle
 * 5).
 */
@Component
class ArchiveOffers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArchiveOffers.class);
    private static final int BATCH = 1000;
    private static final String INSERT = "insert into arc_offer (source_kind, source_id, unit_id, title, record_number,"
            + " record_date, direction, classification, suggested_retention, finished_at, offered_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] COLUMN_TYPES = {Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
            Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP};

    private final ArchiveOfferRepository offers;
    private final List<Archivable> archivables;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile boolean stopping;
    private Thread intake;

    ArchiveOffers(ArchiveOfferRepository offers, List<Archivable> archivables, TransactionTemplate transactions,
                  JdbcTemplate jdbc, Clock clock) {
        this.offers = offers;
        this.archivables = archivables;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReadyForArchive offer) {
        if (!offers.existsBySourceKindAndSourceId(offer.kind(), offer.id())) {
            offers.save(new ArchiveOffer(offer, clock.instant()));
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> done = Set.copyOf(jdbc.queryForList("select source_kind from arc_offer_intake", String.class));
        List<Archivable> pending = archivables.stream().filter(a -> !done.contains(a.kind())).toList();
        if (!pending.isEmpty()) {
            intake = new Thread(() -> takeFrom(pending), "archive-intake");
            intake.setDaemon(true);
            intake.start();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        if (intake != null) {
            intake.join(10_000);
        }
    }

    /** Asks every {@link Archivable} for the offers it would have made and keeps those not kept yet. */
    void takeFromEveryArchivable() {
        takeFrom(archivables);
    }

    private void takeFrom(List<Archivable> kinds) {
        try {
            for (Archivable archivable : kinds) {
                if (!takeAll(archivable)) {
                    return;
                }
                markDone(archivable.kind());
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                log.error("archive: taking the finished objects from before the offers failed; tried again at the"
                        + " next start", e);
            }
        }
    }

    /** Whether every batch of the kind is in (false: the application is stopping). */
    private boolean takeAll(Archivable archivable) {
        long taken = 0;
        long after = 0;
        List<ReadyForArchive> batch;
        do {
            if (stopping) {
                return false;
            }
            batch = archivable.offers(after, BATCH);
            taken += take(archivable.kind(), batch);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
        if (taken > 0) {
            log.info("archive: {} finished objects of kind {} offered from before the offers", taken,
                    archivable.kind());
        }
        return true;
    }

    private void markDone(String kind) {
        try {
            jdbc.update("insert into arc_offer_intake (source_kind, completed_at) values (?, ?)", kind,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyMarked) {
            // a test or a second instance took the kind too: it is done either way
        }
    }

    /** Keeps the batch's offers not kept yet; once more when an offer delivered meanwhile took a row first. */
    private int take(String kind, List<ReadyForArchive> batch) {
        try {
            return keepNew(kind, batch);
        } catch (DataIntegrityViolationException deliveredMeanwhile) {
            log.info("archive: an offer of kind {} arrived while rebuilding; taking the batch again", kind,
                    deliveredMeanwhile);
            return keepNew(kind, batch);
        }
    }

    private int keepNew(String kind, List<ReadyForArchive> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Integer kept = transactions.execute(status -> {
            Set<Long> known = offers.findBySourceKindAndSourceIdIn(kind, batch.stream().map(ReadyForArchive::id)
                    .toList()).stream().map(ArchiveOffer::getSourceId).collect(Collectors.toSet());
            Timestamp now = Timestamp.from(clock.instant());
            List<Object[]> fresh = batch.stream().filter(o -> !known.contains(o.id())).map(o -> new Object[] {
                    o.kind(), o.id(), o.unitId(), o.title(), o.number(), o.date() == null ? null : Date.valueOf(o.date()),
                    ArchiveItem.Direction.of(o.origin()).name(), o.classification().name(),
                    o.suggestedRetention().name(), Timestamp.from(o.finishedAt()), now}).toList();
            jdbc.batchUpdate(INSERT, fresh, COLUMN_TYPES);
            return fresh.size();
        });
        return kept == null ? 0 : kept;
    }
}
