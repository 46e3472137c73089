package org.zhengtong.archive.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.WorkbenchCard;

/** Home-page tile for a unit's archivists: how many borrowings wait for their decision. */
@Component
class ArchiveCard implements WorkbenchCard {

    private final ArchiveAccess access;
    private final BorrowingService borrowings;

    ArchiveCard(ArchiveAccess access, BorrowingService borrowings) {
        this.access = access;
        this.borrowings = borrowings;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Optional<Tile> tileFor(CurrentUser user) {
        if (!access.isArchivist(user)) {
            return Optional.empty();
        }
        return Optional.of(new Tile("archive.tile.borrowings", "bi-archive", "/archive/borrowings",
                borrowings.toDecide().size()));
    }
}
