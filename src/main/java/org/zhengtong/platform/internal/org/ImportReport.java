package org.zhengtong.platform.internal.org;

import java.util.List;

/**
 * The outcome of an organization import: either the whole file was refused ({@code fileError}), or some rows were
 * wrong ({@code errors}, nothing was imported), or everything was imported ({@code counts}). Texts are localized.
 */
public record ImportReport(String fileError, List<RowError> errors, Counts counts) {

    /** One problem: the sheet, the row number as Excel shows it, the column (null when the whole row is meant). */
    public record RowError(String sheet, int row, String column, String message) {
    }

    public record Counts(int unitsCreated, int unitsUpdated, int departmentsCreated, int departmentsUpdated,
                         int peopleCreated, int peopleUpdated) {
    }

    static ImportReport refused(String fileError) {
        return new ImportReport(fileError, List.of(), null);
    }

    static ImportReport rejected(List<RowError> errors) {
        return new ImportReport(null, List.copyOf(errors), null);
    }

    static ImportReport imported(Counts counts) {
        return new ImportReport(null, List.of(), counts);
    }

    public boolean succeeded() {
        return counts != null;
    }
}
