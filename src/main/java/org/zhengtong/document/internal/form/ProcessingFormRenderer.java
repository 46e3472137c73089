package org.zhengtong.document.internal.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.zhengtong.document.internal.form.FormTable.Align;
import org.zhengtong.document.internal.form.FormTable.Cell;
import org.zhengtong.document.internal.form.FormTable.Style;

/**
 * Lays a {@link ProcessingForm} out on A4: the heading in 黑体, the header fields as a four-column bordered table,
 * then the opinions table (环节, 办理人, 意见, 时间) whose column heads repeat on every page, page numbers at the
 * foot. The fonts are embedded as subsets.
 */
@Component
class ProcessingFormRenderer {

    private static final float HEADING_SIZE = 20f;
    private static final float TEXT_SIZE = 10.5f;
    private static final float SMALL_SIZE = 9f;
    private static final float LABEL_COLUMN = 78f;
    private static final float HANDLER_COLUMN = 96f;
    private static final float TIME_COLUMN = 96f;

    private final FormFonts fonts;

    ProcessingFormRenderer(FormFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(ProcessingForm form) {
        try (PDDocument document = new PDDocument(); FormFonts.Loaded faces = fonts.load(document)) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(form.documentTitle());
            information.setSubject(form.heading());
            information.setCreator("ZhengTong");

            FormCanvas canvas = new FormCanvas(document);
            canvas.newPage();
            canvas.centred(faces.label(), HEADING_SIZE, canvas.y(), faces.label().printable(form.heading()));
            canvas.moveDown(HEADING_SIZE * 2);

            ProcessingForm.Labels labels = form.labels();
            Style label = new Style(faces.label(), TEXT_SIZE, Align.CENTRE, true);
            Style text = new Style(faces.text(), TEXT_SIZE, Align.LEFT, false);
            fields(canvas, form, label, text, labels.continued());
            steps(canvas, form, label, new Style(faces.text(), TEXT_SIZE, Align.CENTRE, false), text,
                    new Style(faces.text(), SMALL_SIZE, Align.CENTRE, false));

            canvas.finish(faces.text(), SMALL_SIZE, labels.pageNumber());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fields(FormCanvas canvas, ProcessingForm form, Style label, Style text, String continued) {
        float value = (FormCanvas.WIDTH - 2 * LABEL_COLUMN) / 2;
        FormTable table = new FormTable(canvas, LABEL_COLUMN, value, LABEL_COLUMN, value);
        for (ProcessingForm.FieldRow row : form.fields()) {
            Cell first = labelCell(row.label(), label, continued);
            if (row.secondLabel() == null) {
                table.row(first, new Cell(row.value(), text, 3, null));
            } else {
                table.row(first, Cell.of(row.value(), text), labelCell(row.secondLabel(), label, continued),
                        Cell.of(row.secondValue(), text));
            }
        }
    }

    private static void steps(FormCanvas canvas, ProcessingForm form, Style label, Style centred, Style text,
                              Style small) {
        ProcessingForm.Labels labels = form.labels();
        float opinion = FormCanvas.WIDTH - LABEL_COLUMN - HANDLER_COLUMN - TIME_COLUMN;
        FormTable table = new FormTable(canvas, LABEL_COLUMN, HANDLER_COLUMN, opinion, TIME_COLUMN);
        table.header(new Cell(labels.opinions(), label, 4, null));
        table.header(Cell.of(labels.step(), label), Cell.of(labels.handler(), label), Cell.of(labels.opinion(), label),
                Cell.of(labels.time(), label));
        if (form.steps().isEmpty()) {
            table.row(new Cell(labels.noSteps(), centred, 4, null));
        }
        for (ProcessingForm.StepRow step : form.steps()) {
            table.row(new Cell(step.step(), centred, 1, MessageFormat.format(labels.continued(), step.step())),
                    Cell.of(step.handler(), centred), Cell.of(step.opinion(), text), Cell.of(step.time(), small));
        }
    }

    private static Cell labelCell(String text, Style style, String continued) {
        return new Cell(text, style, 1, MessageFormat.format(continued, text));
    }
}
