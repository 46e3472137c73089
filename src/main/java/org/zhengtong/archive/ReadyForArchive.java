package org.zhengtong.archive;

import java.time.Instant;
import java.time.LocalDate;
import org.zhengtong.platform.Classification;

/**
 * A finished object offered to the archive, published by its module ({@link Archivable}) in the transaction that
 * finished it. It carries what the list of candidates (待归档) shows and filters by: the archive keeps it until an
 * archivist archives the object, and a second delivery of the same offer changes nothing.
 *
 * @param number 文号, or null
 * @param date   日期: the date it was made (成文日期) or registered
 */
public record ReadyForArchive(String kind, long id, long unitId, String title, String number, LocalDate date,
                              ArchivalRecord.Origin origin, Classification classification,
                              Retention suggestedRetention, Instant finishedAt) {
}
