package dev.fairness.model;

/**
 * One request body ready to send: the first {@code length} bytes of {@code body} (UTF-8), carrying
 * {@code records} records.
 */
public record ModelRequest(byte[] body, int length, int records) {}
