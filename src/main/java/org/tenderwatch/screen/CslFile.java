package org.tenderwatch.screen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the US Consolidated Screening List in either of the layouts trade.gov publishes: {@code consolidated.csv}
 * (multi-values joined by "; ") and {@code consolidated.json} (the same fields, multi-values as arrays, rows under
 * {@code results}). Which one is decided by the content, not the file name. Pure: bytes in, rows out.
 *
 * <p>Quirks of the real files that this tolerates: trailing spaces in names ("Chinese Academy of Engineering
 * Physics "), a name that ends in a comma, aliases that themselves contain commas (so only "; " splits), the
 * last alias of a run written "and X", and "?" where the source had a typographic apostrophe (People?s).
 */
public final class CslFile {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CslFile() {}

  /** A parsed file with the version that identifies it: its SHA-256 and the date it was imported. */
  public record Parsed(String sha256, String layout, List<ListedEntity> entities) {}

  public static Parsed parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String head = text.stripLeading();
    boolean json = head.startsWith("{") || head.startsWith("[");
    List<ListedEntity> rows = json ? fromJson(head) : fromCsv(text);
    return new Parsed(sha256(bytes), json ? "json" : "csv", rows);
  }

  static List<ListedEntity> fromCsv(String text) {
    List<List<String>> records = Csv.parse(text);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("empty file: no CSL header row");
    }
    List<String> header = records.get(0).stream().map(String::strip).toList();
    for (String needed : List.of("name", "source")) {
      if (!header.contains(needed)) {
        throw new IllegalArgumentException("not a CSL file: no '" + needed + "' column in the header " + header);
      }
    }
    List<ListedEntity> out = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size() && i < rec.size(); i++) {
        row.put(header.get(i), rec.get(i));
      }
      out.add(entity(row.get("_id"), row.get("source"), row.get("name"), splitMulti(row.get("alt_names")),
          row.get("name_zh"), row.get("start_date"), "row " + (r + 1)));
    }
    return out;
  }

  static List<ListedEntity> fromJson(String text) {
    JsonNode root = JSON.readTree(text);
    JsonNode results = root.isArray() ? root : root.path("results");
    if (!results.isArray()) {
      throw new IllegalArgumentException("not a CSL JSON file: no 'results' array");
    }
    List<ListedEntity> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : results) {
      i++;
      List<String> alts = new ArrayList<>();
      JsonNode a = n.path("alt_names");
      if (a.isArray()) {
        a.forEach(x -> alts.add(x.asString()));
      } else if (a.isString()) {
        alts.addAll(splitMulti(a.asString()));
      }
      out.add(entity(str(n, "_id", "id"), str(n, "source"), str(n, "name"), alts, str(n, "name_zh"),
          str(n, "start_date"), "result " + i));
    }
    return out;
  }

  private static String str(JsonNode n, String... keys) {
    for (String k : keys) {
      JsonNode v = n.get(k);
      if (v != null && !v.isNull()) {
        return v.asString();
      }
    }
    return null;
  }

  private static ListedEntity entity(String id, String source, String name, List<String> alts, String nameZh,
      String startDate, String where) {
    String cleanName = clean(name);
    if (cleanName == null || cleanName.isEmpty()) {
      throw new IllegalArgumentException(where + ": no name");
    }
    List<String> cleanAlts = alts.stream().map(CslFile::clean).filter(s -> s != null && !s.isEmpty())
        .map(s -> s.startsWith("and ") ? s.substring(4).strip() : s).toList();
    String zh = nameZh == null || nameZh.isBlank() ? null : nameZh.strip();
    return new ListedEntity(id == null ? "" : id.strip(), source == null ? "" : source.strip(), cleanName, cleanAlts,
        zh, date(startDate, where));
  }

  /** Trims, drops a dangling comma, and puts back the apostrophe the CSL export turned into "?". */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replaceAll("(?<=\\p{L})\\?(?=\\p{L})", "'");
    while (t.endsWith(",")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  static List<String> splitMulti(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return List.of(s.split(";\\s+|;$"));
  }

  private static LocalDate date(String s, String where) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length())));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": start_date '" + s + "' is not YYYY-MM-DD", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
