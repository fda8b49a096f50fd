package org.kuzet.exchange;

import java.util.List;

/**
 * One table of a spreadsheet export: a CSV file of the ZIP, a sheet of the workbook.
 *
 * @param name    the file or sheet name, e.g. {@code incidents}, {@code incident-victims}
 * @param headers the header row
 * @param rows    the rows, each as long as the headers; a value is text, a {@link Number} or null
 */
record Sheet(String name, List<String> headers, List<List<Object>> rows) {
}
