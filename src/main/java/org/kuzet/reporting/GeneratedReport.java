package org.kuzet.reporting;

/** A generated report file: its bytes, content type and a file name to save it under. */
public record GeneratedReport(byte[] content, String contentType, String fileName) {
}
