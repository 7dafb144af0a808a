package dev.fairness.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fairness.config.ConfigException;
import dev.fairness.config.PredictorConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Serialises feature rows into request bodies for {@code predictor.content_type} (spec §8.2). A
 * body is {@link #open}, then the records separated by {@link #separator}, then {@link #close}; the
 * caller decides where a request ends (batching, §8.7), which is why the parts are separate.
 *
 * <ul>
 *   <li>{@code text/csv}: one line per record, values joined by {@code ,}, lines joined by {@code
 *       \n}, strings always quoted, missing empty, no header, no trailing newline;
 *   <li>{@code application/jsonlines}: {@code content_template} with {@code $features} replaced by
 *       the JSON array of the values, lines joined by {@code \n};
 *   <li>{@code application/json}: {@code record_template} filled per record, then {@code
 *       content_template} with {@code $records} (JSON array of the records) or {@code $record} (one
 *       record: every request then carries exactly one).
 * </ul>
 *
 * <p>Not thread-safe (it caches renderings): use one codec per encoding thread.
 */
public final class PayloadCodec {

  private final String contentType;
  private final int features;
  private final byte[] open;
  private final byte[] separator;
  private final byte[] close;
  private final RecordTemplate template;
  private final ValueEncoder values;
  private final boolean oneRecordPerRequest;

  private PayloadCodec(
      String contentType,
      int features,
      byte[] open,
      byte[] separator,
      byte[] close,
      RecordTemplate template,
      boolean json,
      boolean oneRecordPerRequest) {
    this.contentType = contentType;
    this.features = features;
    this.open = open;
    this.separator = separator;
    this.close = close;
    this.template = template;
    this.values = new ValueEncoder(json);
    this.oneRecordPerRequest = oneRecordPerRequest;
  }

  /**
   * Returns the codec for a predictor's content type and the model's feature names (in order).
   *
   * @throws ConfigException when the content type is not supported, a template lacks its
   *     placeholder, names an unknown feature, or does not produce valid JSON (spec §8.2)
   */
  public static PayloadCodec of(PredictorConfig predictor, List<String> featureNames) {
    String ct = predictor.contentType();
    int k = featureNames.size();
    byte[] nl = {'\n'};
    byte[] none = {};
    switch (ct) {
      case "text/csv":
        return new PayloadCodec(ct, k, none, nl, none, null, false, false);
      case "application/jsonlines":
        {
          String t = predictor.contentTemplate();
          if (t == null) {
            throw new ConfigException(
                "content_template field is required for content_type application/jsonlines");
          }
          if (!t.contains("$features")) {
            throw new ConfigException(
                "Invalid content_template " + t + ". Please include a placeholder $features.");
          }
          RecordTemplate rt = RecordTemplate.compile(t, featureNames, false, "content_template");
          return checked(new PayloadCodec(ct, k, none, nl, none, rt, true, false));
        }
      case "application/json":
        {
          String ctpl = predictor.contentTemplate();
          String rtpl = predictor.recordTemplate();
          if (ctpl == null || rtpl == null) {
            throw new ConfigException(
                "content_template and record_template are required for content_type application/json");
          }
          RecordTemplate rt = RecordTemplate.compile(rtpl, featureNames, true, "record_template");
          int at = ctpl.indexOf("$records");
          boolean many = at >= 0;
          if (!many) {
            at = ctpl.indexOf("$record");
          }
          if (at < 0) {
            throw new ConfigException(
                "Invalid content_template "
                    + ctpl
                    + ". Please include either placeholder $records or $record.");
          }
          String head = ctpl.substring(0, at) + (many ? "[" : "");
          String tail =
              (many ? "]" : "") + ctpl.substring(at + (many ? "$records" : "$record").length());
          return checked(
              new PayloadCodec(ct, k, utf8(head), new byte[] {','}, utf8(tail), rt, true, !many));
        }
      default:
        throw new ConfigException(
            "predictor.content_type: "
                + ct
                + " is not supported; use text/csv, application/jsonlines or application/json");
    }
  }

  /** Returns the content type this codec writes. */
  public String contentType() {
    return contentType;
  }

  /** Returns true when every request must carry exactly one record ({@code $record} template). */
  public boolean oneRecordPerRequest() {
    return oneRecordPerRequest;
  }

  /** Appends the bytes that start a request body. */
  public void open(PayloadBuffer out) {
    out.append(open);
  }

  /** Appends the bytes between two records. */
  public void separator(PayloadBuffer out) {
    out.append(separator);
  }

  /** Appends the bytes that end a request body. */
  public void close(PayloadBuffer out) {
    out.append(close);
  }

  /** Returns the number of bytes {@link #close} appends. */
  public int closeLength() {
    return close.length;
  }

  /**
   * Appends one record.
   *
   * @throws IllegalArgumentException when the row does not have one value per feature
   */
  public void record(Object[] row, PayloadBuffer out) {
    if (row.length != features) {
      throw new IllegalArgumentException("row has " + row.length + " values, expected " + features);
    }
    if (template != null) {
      template.write(row, values, out);
      return;
    }
    for (int f = 0; f < row.length; f++) {
      if (f > 0) {
        out.append((byte) ',');
      }
      values.write(row[f], out);
    }
  }

  /** Returns the complete body for the given rows (all in one request), decoded as text. */
  public String encode(List<Object[]> rows) {
    PayloadBuffer out = new PayloadBuffer(256);
    open(out);
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        separator(out);
      }
      record(rows.get(i), out);
    }
    close(out);
    return out.toString();
  }

  private static PayloadCodec checked(PayloadCodec codec) {
    Object[] sample = new Object[codec.features];
    Arrays.fill(sample, 0L);
    List<Object[]> rows = new ArrayList<>();
    rows.add(sample);
    if (!codec.oneRecordPerRequest) {
      rows.add(sample);
    }
    String body = codec.encode(rows);
    List<String> documents =
        codec.contentType.equals("application/jsonlines")
            ? Arrays.asList(body.split("\n", -1))
            : List.of(body);
    for (String doc : documents) {
      try {
        ModelJson.readStrict(doc);
      } catch (JsonProcessingException e) {
        throw new ConfigException(
            "content_template/record_template do not produce valid JSON: " + e.getOriginalMessage(),
            e);
      }
    }
    return codec;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
