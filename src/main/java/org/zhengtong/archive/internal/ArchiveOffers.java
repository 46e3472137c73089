package org.zhengtong.archive.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
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
 * A database from before the offers has finished objects but no offer. At start, when the table is empty, each
 * {@link Archivable} is asked for the offers it would have made, in batches of their own transactions (like the to-do
 * table's rebuild, ADR 10). This is done here and not in the migration because a module never reads another's tables
 * (architecture principle 5); an empty table on a database that has finished objects happens once, and an empty
 * table with nothing finished costs one query per kind.
 */
@Component
class ArchiveOffers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArchiveOffers.class);
    private static final int BATCH = 1000;

    private final ArchiveOfferRepository offers;
    private final List<Archivable> archivables;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ArchiveOffers(ArchiveOfferRepository offers, List<Archivable> archivables, TransactionTemplate transactions,
                  Clock clock) {
        this.offers = offers;
        this.archivables = archivables;
        this.transactions = transactions;
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
        if (offers.count() == 0) {
            takeFromEveryArchivable();
        }
    }

    /** Asks every {@link Archivable} for the offers it would have made and keeps those not kept yet. */
    void takeFromEveryArchivable() {
        for (Archivable archivable : archivables) {
            long taken = 0;
            long after = 0;
            List<ReadyForArchive> batch;
            do {
                batch = archivable.offers(after, BATCH);
                taken += take(archivable.kind(), batch);
                after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
            } while (batch.size() == BATCH);
            if (taken > 0) {
                log.info("archive: {} finished objects of kind {} offered from before the offers", taken,
                        archivable.kind());
            }
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
            List<ArchiveOffer> fresh = batch.stream().filter(o -> !known.contains(o.id()))
                    .map(o -> new ArchiveOffer(o, clock.instant())).toList();
            offers.saveAll(fresh);
            offers.flush();
            return fresh.size();
        });
        return kept == null ? 0 : kept;
    }
}
