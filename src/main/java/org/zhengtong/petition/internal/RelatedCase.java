package org.zhengtong.petition.internal;

import java.time.LocalDate;

/**
 * An earlier case shown on registration and on a case: of the same petitioner (身份证号码) — {@code sameMatter} when on
 * the same matter (重复信访) — or with a similar text from someone else (possibly a group, 联名或群体信访).
 */
public record RelatedCase(long id, String number, LocalDate receivedOn, String summary, PetitionStatus status,
                          boolean samePerson, boolean sameMatter, int similarity) {
}
