package org.zhengtong.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhengtong.platform.Classification;

/**
 * A finished object as its module gives it to the archive ({@link Archivable}), with the GB/T 18894-2016 metadata the
 * item (件) keeps: 题名, 责任者, 文号, 日期, 密级 and 保密期限, the kind of record, the text, the electronic files with
 * their SHA-256, the printed processing record and the process whose history is copied into the item.
 *
 * @param kind               the {@link Archivable#kind()} that gave it
 * @param departmentId       the department that handled it, for the default 机构(问题) class; null for the unit's
 * @param responsibleParty   责任者: the unit that made it (for a received record the unit it came from)
 * @param number             文号, or null
 * @param date               日期: the date it was made (成文日期) or registered
 * @param secrecyPeriod      保密期限 as written, or null
 * @param type               what kind of record it is, as its module names it
 * @param processingForm     the printed processing record (办理单) as PDF; the 归档章 goes on it when no sealed PDF exists
 * @param processInstanceId  the process whose history the item keeps, or null
 * @param suggestedRetention 保管期限 the module suggests (after the 保管期限表); the archivist may change it
 */
public record ArchivalRecord(String kind, long id, long unitId, Long departmentId, String title,
                             String responsibleParty, String number, LocalDate date, Classification classification,
                             String secrecyPeriod, Type type, Origin origin, String bodyText, List<File> files,
                             ProcessingForm processingForm, String processInstanceId, Retention suggestedRetention,
                             Instant finishedAt) {

    /** 收发: made by the unit itself (发), or received from outside (收). */
    public enum Origin { OWN, RECEIVED }

    /** The kind of record as its module names it: a code kept with the item and the label shown (e.g. 文种). */
    public record Type(String code, String label) {
    }

    /** The role of a file in the record: the sealed original as PDF (the 归档章 goes on it) or OFD, an attachment. */
    public enum FileRole { SEALED_PDF, SEALED_OFD, ATTACHMENT }

    /** A file in the file store, with its SHA-256 as stored. */
    public record File(FileRole role, String name, String contentType, String storageKey, String sha256, long size) {
    }

    /** The printed processing record, rendered when the record is taken, with the name it is filed under. */
    public record ProcessingForm(String name, byte[] pdf) {
    }
}
