package dev.fairness.data;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The page codecs of Parquet files in pure Java, without Hadoop's codec classes or native
 * libraries: UNCOMPRESSED, SNAPPY, GZIP, ZSTD and LZ4_RAW are read; UNCOMPRESSED, SNAPPY and GZIP
 * are written. Other codecs (LZO, BROTLI, the old LZ4 framing) fail with an {@link IOException}
 * naming the codec.
 */
public final class ParquetCodecs implements CompressionCodecFactory {

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    return switch (codec) {
      case UNCOMPRESSED -> new Compress(codec, null);
      case SNAPPY -> new Compress(codec, new SnappyCompressor());
      case GZIP -> new Compress(codec, null);
      default -> throw new UnsupportedOperationException("Parquet codec " + codec + " not written");
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return new Decompress(codec);
  }

  @Override
  public void release() {}

  private record Compress(CompressionCodecName codec, Compressor block)
      implements BytesInputCompressor {
    @Override
    public BytesInput compress(BytesInput bytes) throws IOException {
      byte[] in = bytes.toByteArray();
      if (codec == CompressionCodecName.UNCOMPRESSED) {
        return BytesInput.from(in);
      }
      if (codec == CompressionCodecName.GZIP) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
          z.write(in);
        }
        return BytesInput.from(out.toByteArray());
      }
      byte[] out = new byte[block.maxCompressedLength(in.length)];
      int n = block.compress(in, 0, in.length, out, 0, out.length);
      return BytesInput.from(out, 0, n);
    }

    @Override
    public CompressionCodecName getCodecName() {
      return codec;
    }

    @Override
    public void release() {}
  }

  private record Decompress(CompressionCodecName codec) implements BytesInputDecompressor {
    @Override
    public BytesInput decompress(BytesInput bytes, int size) throws IOException {
      if (codec == CompressionCodecName.UNCOMPRESSED) {
        return bytes;
      }
      byte[] in = bytes.toByteArray();
      return BytesInput.from(decompress(in, size));
    }

    @Override
    public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size)
        throws IOException {
      byte[] in = new byte[compressedSize];
      input.duplicate().get(in);
      output.put(codec == CompressionCodecName.UNCOMPRESSED ? in : decompress(in, size));
    }

    private byte[] decompress(byte[] in, int size) throws IOException {
      byte[] out = new byte[size];
      if (codec == CompressionCodecName.GZIP) {
        try (InputStream z = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
          int n = z.readNBytes(out, 0, size);
          if (n != size) {
            throw new IOException("GZIP page has " + n + " bytes, expected " + size);
          }
        }
        return out;
      }
      Decompressor d =
          switch (codec) {
            case SNAPPY -> new SnappyDecompressor();
            case ZSTD -> new ZstdDecompressor();
            case LZ4_RAW -> new Lz4Decompressor();
            default -> throw new IOException("Parquet codec " + codec + " is not supported");
          };
      try {
        int n = d.decompress(in, 0, in.length, out, 0, size);
        if (n != size) {
          throw new IOException(codec + " page has " + n + " bytes, expected " + size);
        }
      } catch (MalformedInputException e) {
        throw new IOException(codec + " page is corrupt: " + e.getMessage(), e);
      }
      return out;
    }

    @Override
    public void release() {}
  }
}
