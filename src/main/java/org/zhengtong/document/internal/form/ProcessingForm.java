package org.zhengtong.document.internal.form;

import java.util.List;

/**
 * What a 办文单 or 发文稿纸 prints, already in words: the heading, the header fields, and every step's opinions.
 * The renderer knows nothing of documents, processes or languages.
 *
 * @param heading       the form's name, e.g. 市财政局发文稿纸
 * @param documentTitle the document's title, for the PDF's properties
 */
record ProcessingForm(String heading, String documentTitle, List<FieldRow> fields, List<StepRow> steps, Labels labels) {

    /** A row of the header: two fields side by side, or one across the row when {@code secondLabel} is null. */
    record FieldRow(String label, String value, String secondLabel, String secondValue) {

        static FieldRow pair(String label, String value, String secondLabel, String secondValue) {
            return new FieldRow(label, value, secondLabel, secondValue);
        }

        static FieldRow wide(String label, String value) {
            return new FieldRow(label, value, null, null);
        }
    }

    /** A step of the process: its name, who handled it (and for whom), what they wrote, and when. */
    record StepRow(String step, String handler, String opinion, String time) {
    }

    /**
     * The form's own words: the opinions section and its columns, the text when there are no steps, and the
     * {@link java.text.MessageFormat} patterns of a continued cell ({0} the label) and of the page number ({0} of {1}).
     */
    record Labels(String opinions, String step, String handler, String opinion, String time, String noSteps,
                  String continued, String pageNumber) {
    }
}
