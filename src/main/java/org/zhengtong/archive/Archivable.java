package org.zhengtong.archive;

import java.util.List;
import java.util.Optional;

/**
 * What the archive asks of a module whose finished objects may be archived (立卷归档, DA/T 22-2015), registered by
 * that module as a Spring bean, one per kind. The module offers each object when it finishes ({@link ReadyForArchive},
 * published in the transaction that finished it); the archive keeps the offers as its candidates (待归档) and, when
 * an archivist archives one, asks here for its {@link ArchivalRecord}. No access check of its own: the archive
 * decides who may archive a unit's objects and records the read.
 */
public interface Archivable {

    /** The kind of object it answers for, e.g. {@code document}; stored with every offer and archived item. */
    String kind();

    /** The record of a finished object; empty when it does not exist or has not finished. */
    Optional<ArchivalRecord> finished(long id);

    /**
     * The offers it would have made for its finished objects, of all units, by id after {@code afterId}, at most
     * {@code size}: the archive rebuilds its candidates from them when it has none (a database from before the
     * offers).
     */
    List<ReadyForArchive> offers(long afterId, int size);
}
