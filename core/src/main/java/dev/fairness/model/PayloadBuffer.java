package dev.fairness.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that request bodies are encoded into. Appending never allocates except to
 * grow; {@link #truncate} rolls back a record that did not fit.
 */
public final class PayloadBuffer {

  private static final byte[] LONG_MIN = Long.toString(Long.MIN_VALUE).getBytes();

  private byte[] bytes;
  private int length;

  /** Creates an empty buffer with the given initial capacity in bytes. */
  public PayloadBuffer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Returns the number of bytes written. */
  public int length() {
    return length;
  }

  /** Returns the backing array; only the first {@link #length()} bytes are meaningful. */
  public byte[] array() {
    return bytes;
  }

  /** Drops every byte after the first {@code newLength}. */
  public void truncate(int newLength) {
    length = newLength;
  }

  /** Appends one byte (an ASCII character). */
  public void append(byte b) {
    if (length == bytes.length) {
      grow(1);
    }
    bytes[length++] = b;
  }

  /** Appends a byte array. */
  public void append(byte[] b) {
    append(b, 0, b.length);
  }

  /** Appends {@code len} bytes of {@code b} starting at {@code off}. */
  public void append(byte[] b, int off, int len) {
    if (length + len > bytes.length) {
      grow(len);
    }
    System.arraycopy(b, off, bytes, length, len);
    length += len;
  }

  /** Appends the decimal digits of a long, without allocating. */
  public void appendLong(long v) {
    if (v == Long.MIN_VALUE) {
      append(LONG_MIN);
      return;
    }
    if (length + 20 > bytes.length) {
      grow(20);
    }
    if (v < 0) {
      bytes[length++] = '-';
      v = -v;
    }
    if (v < 10) {
      bytes[length++] = (byte) ('0' + v);
      return;
    }
    int digits = 0;
    for (long t = v; t > 0; t /= 10) {
      digits++;
    }
    int end = length + digits;
    for (int p = end - 1; p >= length; p--) {
      bytes[p] = (byte) ('0' + (v % 10));
      v /= 10;
    }
    length = end;
  }

  /** Returns the content decoded as UTF-8. */
  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  /** Returns a copy of the content. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  private void grow(int extra) {
    int needed = length + extra;
    int capacity = Math.max(needed, bytes.length * 2);
    if (capacity < 0) {
      capacity = Integer.MAX_VALUE - 8;
    }
    bytes = Arrays.copyOf(bytes, capacity);
  }
}
