package org.zhengtong.petition.internal;

import java.time.LocalDate;
import java.util.List;

/** A registration as checked by {@link PetitionService}: stripped, validated, ready to store. */
record Registration(Channel channel, boolean groupVisit, int peopleCount, String name, String idNumber, String phone,
                    String address, String matterCode, String summary, String content, String complainedPeople,
                    List<Long> complainedUnitIds, LocalDate receivedOn, ReviewLevel level, Long parentId) {
}
