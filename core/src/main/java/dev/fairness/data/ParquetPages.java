package dev.fairness.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Reads one column chunk into its builder, decoding the pages directly when they use the encodings
 * parquet-java writes by default (definition levels RLE, values PLAIN or dictionary ids in the
 * RLE/bit-packed hybrid), page by page into int arrays, so no per-value reader bookkeeping is paid.
 * Any other encoding (or a builder without dictionary support) goes through parquet-java's column
 * reader on the same pages.
 */
final class ParquetPages {

  private ParquetPages() {}

  /** Adds the {@code rows} cells of column {@code t} of one row group to {@code b}. */
  static void read(
      PageReadStore group, ColumnDescriptor d, Type t, ParquetConverters.Builder b, String by) {
    PageReader pr = group.getPageReader(d);
    DictionaryPage dictPage = pr.readDictionaryPage();
    List<DataPage> pages = new ArrayList<>();
    for (DataPage p = pr.readPage(); p != null; p = pr.readPage()) {
      pages.add(p);
    }
    boolean direct = d.getMaxRepetitionLevel() == 0 && d.getMaxDefinitionLevel() <= 1;
    for (DataPage p : pages) {
      direct &= supported(p, d, b, dictPage != null);
    }
    if (!direct) {
      viaColumnReader(group, d, t, b, by, dictPage, pages);
      return;
    }
    try {
      if (dictPage != null) {
        Dictionary dict = dictPage.getEncoding().initDictionary(d, dictPage);
        b.setDictionary(dict);
      }
      for (DataPage p : pages) {
        page(p, d, b);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean supported(
      DataPage p, ColumnDescriptor d, ParquetConverters.Builder b, boolean hasDict) {
    Encoding values;
    if (p instanceof DataPageV1 v1) {
      if (d.getMaxDefinitionLevel() > 0 && v1.getDlEncoding() != Encoding.RLE) {
        return false;
      }
      values = v1.getValueEncoding();
    } else if (p instanceof DataPageV2 v2) {
      if (v2.isCompressed()) {
        return false;
      }
      values = v2.getDataEncoding();
    } else {
      return false;
    }
    if (values == Encoding.PLAIN) {
      return d.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY
          && d.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.INT96;
    }
    return (values == Encoding.RLE_DICTIONARY || values == Encoding.PLAIN_DICTIONARY)
        && hasDict
        && b.hasDictionarySupport();
  }

  private static void page(DataPage p, ColumnDescriptor d, ParquetConverters.Builder b)
      throws java.io.IOException {
    int n = p.getValueCount();
    boolean nullable = d.getMaxDefinitionLevel() > 0;
    byte[] buf;
    int pos;
    int[] defs = null;
    Encoding values;
    if (p instanceof DataPageV1 v1) {
      buf = v1.getBytes().toByteArray();
      pos = 0;
      if (nullable) {
        int len = ByteBuffer.wrap(buf, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        defs = new int[n];
        hybrid(buf, 4, 1, defs, n);
        pos = 4 + len;
      }
      values = v1.getValueEncoding();
    } else {
      DataPageV2 v2 = (DataPageV2) p;
      if (nullable) {
        byte[] dl = v2.getDefinitionLevels().toByteArray();
        defs = new int[n];
        hybrid(dl, 0, 1, defs, n);
      }
      buf = v2.getData().toByteArray();
      pos = 0;
      values = v2.getDataEncoding();
    }
    int present = n;
    if (defs != null) {
      present = 0;
      for (int i = 0; i < n; i++) {
        present += defs[i];
      }
    }
    if (values == Encoding.PLAIN) {
      ParquetPlainValues.add(buf, pos, d.getPrimitiveType().getPrimitiveTypeName(), defs, n, b);
      return;
    }
    int[] ids = new int[present];
    hybrid(buf, pos + 1, buf[pos], ids, present);
    b.addDictionaryIds(ids, defs, n);
  }

  /**
   * Decodes {@code n} values of the RLE / bit-packing hybrid encoding of width {@code bitWidth}
   * starting at {@code buf[pos]} into {@code out}.
   */
  static void hybrid(byte[] buf, int pos, int bitWidth, int[] out, int n) {
    long mask = (1L << bitWidth) - 1;
    int i = 0;
    while (i < n) {
      int header = 0;
      int shift = 0;
      byte x;
      do {
        x = buf[pos++];
        header |= (x & 0x7f) << shift;
        shift += 7;
      } while (x < 0);
      if ((header & 1) == 0) {
        int v = 0;
        for (int k = 0; k < (bitWidth + 7) / 8; k++) {
          v |= (buf[pos++] & 0xff) << (8 * k);
        }
        int m = Math.min(header >>> 1, n - i);
        Arrays.fill(out, i, i + m, v);
        i += m;
      } else {
        int count = (header >>> 1) * 8;
        int end = pos + (header >>> 1) * bitWidth;
        long acc = 0;
        int bits = 0;
        for (int k = 0; k < count && i < n; k++) {
          while (bits < bitWidth) {
            acc |= (long) (buf[pos++] & 0xff) << bits;
            bits += 8;
          }
          out[i++] = (int) (acc & mask);
          acc >>>= bitWidth;
          bits -= bitWidth;
        }
        pos = end;
      }
    }
  }

  /** Reads the chunk's pages (already taken from the store) through parquet-java's reader. */
  private static void viaColumnReader(
      PageReadStore group,
      ColumnDescriptor d,
      Type t,
      ParquetConverters.Builder b,
      String createdBy,
      DictionaryPage dictPage,
      List<DataPage> pages) {
    long total = 0;
    for (DataPage p : pages) {
      total += p.getValueCount();
    }
    long values = total;
    PageReader replay =
        new PageReader() {
          private int next;

          @Override
          public DictionaryPage readDictionaryPage() {
            return dictPage;
          }

          @Override
          public long getTotalValueCount() {
            return values;
          }

          @Override
          public DataPage readPage() {
            return next < pages.size() ? pages.get(next++) : null;
          }
        };
    PageReadStore one =
        new PageReadStore() {
          @Override
          public PageReader getPageReader(ColumnDescriptor c) {
            return replay;
          }

          @Override
          public long getRowCount() {
            return group.getRowCount();
          }
        };
    MessageType schema = new MessageType("one", t);
    ColumnReadStoreImpl store =
        new ColumnReadStoreImpl(one, ParquetConverters.root(List.of(b)), schema, createdBy);
    ColumnReader cr = store.getColumnReader(schema.getColumns().get(0));
    b.addAll(cr, group.getRowCount(), d.getMaxDefinitionLevel());
  }
}
