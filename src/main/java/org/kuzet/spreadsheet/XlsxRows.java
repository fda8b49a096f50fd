package org.kuzet.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook a row at a time through POI's event API (the sheet's XML is parsed as
 * it streams; no workbook is built). A date cell comes as an ISO date ("2021-05-12"), a number as its plain
 * value, a formula as the value Excel last computed for it: no formula is evaluated here.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, int cellLimit, RowVisitor visitor) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | IllegalArgumentException e) {
            throw new UnreadableFile("the file is not an XLSX workbook");
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(visitor, cellLimit),
                        new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            if (e.getCause() instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile("the workbook cannot be read: " + e.getMessage());
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new UnreadableFile("the workbook cannot be read: " + e.getMessage());
        } finally {
            pkg.revert();
        }
    }

    /** The cells of a row in column order, empty cells as "". */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowVisitor visitor;
        private final int cellLimit;
        private List<String> cells = new ArrayList<>();
        private int row;

        Rows(RowVisitor visitor, int cellLimit) {
            this.visitor = visitor;
            this.cellLimit = cellLimit;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            visitor.row(row, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (value != null && value.length() > cellLimit) {
                throw new UnreadableFile("row " + row + ": a cell is longer than " + cellLimit
                        + " characters; the file was not read further");
            }
            if (column >= cells.size()) {
                cells.addAll(Collections.nCopies(column - cells.size() + 1, ""));
            }
            cells.set(column, value == null ? "" : value);
        }
    }

    /**
     * Numbers as they are, not as the cell's format shows them ("1,234" would not read back as a count); dates as ISO
     * dates, with the time of day when the cell has one (which the importer then refuses rather than drops).
     */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing);
                return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
            }
            BigDecimal plain = BigDecimal.valueOf(value).stripTrailingZeros();
            return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }
    }
}
