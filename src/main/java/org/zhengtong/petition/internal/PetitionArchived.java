package org.zhengtong.petition.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.archive.ItemArchived;

/** A case archived as an item is 已归档 and keeps its 档号. Idempotent: a second delivery changes nothing. */
@Component
class PetitionArchived {

    private final PetitionService petitions;

    PetitionArchived(PetitionService petitions) {
        this.petitions = petitions;
    }

    @ApplicationModuleListener
    void on(ItemArchived event) {
        if (PetitionIndex.KIND.equals(event.kind())) {
            petitions.archived(event.id(), event.archivalCode());
        }
    }
}
