package org.zhengtong.document.internal.form;

import java.util.ArrayList;
import java.util.List;

/**
 * A bordered table on the canvas. Text wraps inside its cell; a row that does not fit the rest of the page moves
 * to the next one, and a row taller than a whole page is split between pages (its label cells repeated there as
 * "continued"). Header rows are repeated at the top of every page the table continues on.
 */
final class FormTable {

    enum Align { LEFT, CENTRE }

    /** How a cell's text looks. */
    record Style(Face face, float size, Align align, boolean shaded) {

        float leading() {
            return size * LINE_SPACING;
        }
    }

    /**
     * A cell spanning {@code span} columns. {@code continued} is what it shows when its row goes on after a page
     * break and the cell's own text is already printed (null: nothing).
     */
    record Cell(String text, Style style, int span, String continued) {

        static Cell of(String text, Style style) {
            return new Cell(text, style, 1, null);
        }
    }

    private static final float LINE_SPACING = 1.45f;
    private static final float PADDING_X = 5f;
    private static final float PADDING_Y = 5f;
    private static final float MIN_ROW_HEIGHT = 24f;
    private static final int MIN_SPLIT_LINES = 2;
    private static final float LINE_WIDTH = 0.7f;
    private static final float SHADE = 0.93f;

    private final FormCanvas canvas;
    private final float[] columns;
    private final List<Laid> headers = new ArrayList<>();

    /** Column widths in points; together the width of the page's text area. */
    FormTable(FormCanvas canvas, float... columns) {
        this.canvas = canvas;
        this.columns = columns;
    }

    /** A header row: printed now (on a new page if no row would fit below it) and atop each following page. */
    void header(Cell... cells) {
        Laid header = lay(List.of(cells));
        if (header.height() + 2 * MIN_ROW_HEIGHT > canvas.available()) {
            nextPage();
        }
        draw(header, header.height());
        headers.add(header);
    }

    void row(Cell... cells) {
        row(lay(List.of(cells)));
    }

    private void row(Laid row) {
        Laid rest = row;
        while (rest != null) {
            float height = rest.height();
            if (height <= canvas.available()) {
                draw(rest, height);
                return;
            }
            int fitting = rest.linesFitting(canvas.available());
            if (height <= freshPageSpace() || fitting < MIN_SPLIT_LINES) {
                nextPage();
                continue;
            }
            Laid first = rest.head(fitting);
            draw(first, first.height());
            rest = rest.tail(fitting);
            nextPage();
        }
    }

    private void nextPage() {
        canvas.newPage();
        headers.forEach(header -> draw(header, header.height()));
    }

    private float freshPageSpace() {
        return FormCanvas.TOP - FormCanvas.BOTTOM - (float) headers.stream().mapToDouble(Laid::height).sum();
    }

    private Laid lay(List<Cell> cells) {
        List<LaidCell> laid = new ArrayList<>();
        int column = 0;
        float x = FormCanvas.MARGIN;
        for (Cell cell : cells) {
            float width = 0;
            for (int i = 0; i < cell.span(); i++) {
                width += columns[column++];
            }
            List<String> lines = LineBreaker.wrap(cell.text(), cell.style().face(), cell.style().size(),
                    width - 2 * PADDING_X);
            laid.add(new LaidCell(x, width, cell, lines));
            x += width;
        }
        if (column != columns.length) {
            throw new IllegalArgumentException("cells span " + column + " of " + columns.length + " columns");
        }
        return new Laid(laid);
    }

    private void draw(Laid row, float height) {
        float top = canvas.y();
        float bottom = top - height;
        for (LaidCell cell : row.cells()) {
            Style style = cell.cell().style();
            if (style.shaded()) {
                canvas.fill(cell.x(), bottom, cell.width(), height, SHADE);
            }
            canvas.frame(cell.x(), bottom, cell.width(), height, LINE_WIDTH);
            float leading = style.leading();
            float lineTop = top - (height - cell.lines().size() * leading) / 2 - (leading - style.size()) / 2;
            for (String line : cell.lines()) {
                float x = style.align() == Align.CENTRE
                        ? cell.x() + (cell.width() - style.face().width(line, style.size())) / 2
                        : cell.x() + PADDING_X;
                canvas.text(style.face(), style.size(), x, lineTop, line);
                lineTop -= leading;
            }
        }
        canvas.moveDown(height);
    }

    private record LaidCell(float x, float width, Cell cell, List<String> lines) {

        float height() {
            return cell.style().leading() * lines.size() + 2 * PADDING_Y;
        }
    }

    private record Laid(List<LaidCell> cells) {

        float height() {
            return Math.max(MIN_ROW_HEIGHT, (float) cells.stream().mapToDouble(LaidCell::height).max().orElse(0));
        }

        /** How many lines of each cell fit into the height. */
        int linesFitting(float height) {
            float leading = (float) cells.stream().mapToDouble(c -> c.cell().style().leading()).max().orElse(1);
            return (int) Math.floor((height - 2 * PADDING_Y) / leading);
        }

        /** The first {@code lines} lines of every cell. */
        Laid head(int lines) {
            return new Laid(cells.stream().map(c -> new LaidCell(c.x(), c.width(), c.cell(),
                    c.lines().subList(0, Math.min(lines, c.lines().size())))).toList());
        }

        /** The lines after the first {@code lines}; cells already printed show their "continued" text. */
        Laid tail(int lines) {
            return new Laid(cells.stream().map(c -> {
                List<String> rest = c.lines().size() > lines ? c.lines().subList(lines, c.lines().size())
                        : c.cell().continued() == null ? List.of()
                        : LineBreaker.wrap(c.cell().continued(), c.cell().style().face(), c.cell().style().size(),
                                c.width() - 2 * PADDING_X);
                return new LaidCell(c.x(), c.width(), c.cell(), rest);
            }).toList());
        }
    }
}
