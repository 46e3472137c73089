package org.zhengtong.platform.internal.org;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads chosen sheets of an xlsx file as text, row by row with POI's streaming (SAX) reader: a sheet with too many
 * rows is refused while it is being read, before it can fill the memory as a loaded workbook would. The first row
 * of each sheet must be its header.
 */
final class XlsxSheets {

    private static final Logger log = LoggerFactory.getLogger(XlsxSheets.class);

    /** A data row: its number as Excel shows it (the header is row 1) and its cells as stripped text. */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** The file as a whole cannot be imported; carries a message key and its arguments. */
    static final class Unreadable extends RuntimeException {

        private final String messageKey;
        private final transient Object[] arguments;

        Unreadable(String messageKey, Object... arguments) {
            super(messageKey + Arrays.toString(arguments));
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    private XlsxSheets() {
    }

    /**
     * The data rows of each wanted sheet (sheet name → expected header), blank rows left out.
     *
     * @throws Unreadable when the file is no xlsx, is damaged, lacks a sheet, has a wrong header or too many rows
     */
    static Map<String, List<Row>> read(byte[] content, Map<String, List<String>> headers, int maxRows) {
        try {
            if (FileMagic.valueOf(content) != FileMagic.OOXML) {
                throw new Unreadable("org.import.error.notXlsx");
            }
            Map<String, List<Row>> rows = new LinkedHashMap<>();
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        List<String> header = headers.get(sheets.getSheetName());
                        if (header != null && !rows.containsKey(sheets.getSheetName())) {
                            RowCollector collector = new RowCollector(sheets.getSheetName(), header, maxRows);
                            XMLReader parser = XMLHelper.newXMLReader();
                            parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                                    collector, new DataFormatter(), false));
                            parser.parse(new InputSource(sheet));
                            collector.requireHeader();
                            rows.put(sheets.getSheetName(), collector.rows);
                        }
                    }
                }
            }
            headers.keySet().stream().filter(name -> !rows.containsKey(name)).findFirst().ifPresent(missing -> {
                throw new Unreadable("org.import.error.missingSheet", missing);
            });
            return rows;
        } catch (Exception e) {
            // POI and the XML parser fail in many ways on a damaged file; the reason the user can act on is ours
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Unreadable unreadable) {
                    throw unreadable;
                }
            }
            log.info("an organization workbook is unreadable", e);
            throw new Unreadable("org.import.error.corrupt");
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final String sheet;
        private final List<String> header;
        private final int maxRows;
        private final List<Row> rows = new ArrayList<>();
        private String[] cells;
        private int seen;
        private boolean headerSeen;

        RowCollector(String sheet, List<String> header, int maxRows) {
            this.sheet = sheet;
            this.header = header;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (++seen > maxRows + 1) {
                throw new Unreadable("org.import.error.tooManyRows", sheet, String.valueOf(maxRows));
            }
            cells = new String[header.size()];
            Arrays.fill(cells, "");
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            // cells right of the known columns are ignored: they cost nothing and may hold notes
            int column = cellReference == null ? -1 : new CellReference(cellReference).getCol();
            if (column >= 0 && column < cells.length && formattedValue != null) {
                cells[column] = formattedValue.strip();
            }
        }

        @Override
        public void endRow(int rowNum) {
            List<String> values = List.of(cells);
            if (rowNum == 0) {
                if (!values.equals(header)) {
                    throw new Unreadable("org.import.error.header", sheet, String.join("、", header));
                }
                headerSeen = true;
            } else if (values.stream().anyMatch(v -> !v.isEmpty())) {
                rows.add(new Row(rowNum + 1, values));
            }
        }

        void requireHeader() {
            if (!headerSeen) {
                throw new Unreadable("org.import.error.header", sheet, String.join("、", header));
            }
        }
    }
}
