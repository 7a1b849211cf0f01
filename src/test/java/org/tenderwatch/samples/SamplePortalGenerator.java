package org.tenderwatch.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tenderwatch.samples.SampleModel.Attachment;
import org.tenderwatch.samples.SampleModel.Field;
import org.tenderwatch.samples.SampleModel.FieldPair;
import org.tenderwatch.samples.SampleModel.Heading;
import org.tenderwatch.samples.SampleModel.Lot;
import org.tenderwatch.samples.SampleModel.Notice;
import org.tenderwatch.samples.SampleModel.Row;
import org.tenderwatch.samples.SampleModel.Template;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes samples/portal (notice and list pages), samples/expected.json and samples/README.md from
 * {@link SampleCatalog}. The PDFs come from {@link SamplePdfGenerator}. Not a test: run it by hand after
 * changing the catalog and commit the output (see samples/README.md).
 *
 * <pre>java -cp target/test-classes:$(cat cp.txt) org.tenderwatch.samples.SamplePortalGenerator samples</pre>
 */
public final class SamplePortalGenerator {

  /** Items per list page; the real site shows 20, a small page makes the 5-notice channel page. */
  static final int PAGE_SIZE = 4;

  static final Charset GBK = Charset.forName("GBK");

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SamplePortalGenerator() {}

  /** The real notices the REAL sample pages come from, with their provenance (shared with the golden tests). */
  static final Path REALDATA = Path.of("src/test/resources/realdata");

  public static void main(String[] args) throws IOException {
    Path samples = Path.of(args.length > 0 ? args[0] : "samples");
    Path portal = samples.resolve("portal");
    deleteTree(portal.resolve("cggg"));
    List<Notice> notices = SampleCatalog.notices();
    for (Notice n : notices) {
      writePage(samples, portal, n);
    }
    List<String> lists = writeLists(portal, notices);
    Files.writeString(samples.resolve("expected.json"), JSON.writeValueAsString(expected(notices, lists)) + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(samples.resolve("README.md"), SampleReadme.text(notices, lists), StandardCharsets.UTF_8);
  }

  private static void writePage(Path samples, Path portal, Notice n) throws IOException {
    Path file = portal.resolve(n.path());
    Files.createDirectories(file.getParent());
    switch (n.template()) {
      case VF -> Files.writeString(file, PortalPages.vF(n, false), StandardCharsets.UTF_8);
      case VF_GBK -> Files.write(file, strictGbk(PortalPages.vF(n, true)));
      case VT -> Files.writeString(file, PortalPages.vT(n), StandardCharsets.UTF_8);
      case REAL_COPY -> Files.copy(REALDATA.resolve(n.realSource()), file);
      case REAL_UIR -> Files.writeString(file, PortalPages.vF(fromUir(samples, n), false), StandardCharsets.UTF_8);
    }
  }

  /** Encodes to GBK and fails on any character GBK lacks, rather than writing '?'. */
  static byte[] strictGbk(String html) throws CharacterCodingException {
    ByteBuffer buf = GBK.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(html));
    byte[] out = new byte[buf.remaining()];
    buf.get(out);
    return out;
  }

  // ---------------------------------------------------------------- real notices kept as block JSON

  /** Puts a real notice's text (UIR block JSON) back into the vF page: 公告概要 rows and the body blocks in order. */
  static Notice fromUir(Path samples, Notice n) throws IOException {
    JsonNode blocks = JSON.readTree(Files.readAllBytes(REALDATA.resolve(n.realSource()))).get("blocks");
    List<JsonNode> all = new ArrayList<>();
    blocks.forEach(all::add);
    int summaryAt = -1;
    String title = null;
    for (int i = 0; i < all.size(); i++) {
      JsonNode b = all.get(i);
      if ("heading".equals(b.get("type").asString()) && b.get("level").asInt() == 2 && title == null) {
        title = b.get("text").asString();
      }
      if ("heading".equals(b.get("type").asString()) && "公告概要：".equals(b.get("text").asString())) {
        summaryAt = i + 1;
        break;
      }
    }
    if (!n.title().equals(title) || summaryAt < 0) {
      throw new IllegalStateException(n.realSource() + ": title or 公告概要 not as the catalog says: " + title);
    }
    List<Row> rows = new ArrayList<>();
    String region = "";
    for (JsonNode r : all.get(summaryAt).get("attributes").get("rows")) {
      String f = r.get("field").asString();
      String v = r.get("value").asString();
      if (f.startsWith("附件")) {
        continue; // the real attachments are not mirrored
      } else if (f.endsWith("：") && v.isEmpty()) {
        rows.add(new Heading(f));
      } else if (f.equals("行政区域")) {
        String[] parts = v.split(" \\| ");
        region = parts[0];
        rows.add(new FieldPair(f, parts[0], parts[1], parts[2]));
      } else {
        rows.add(new Field(f, esc(v)));
      }
    }
    StringBuilder body = new StringBuilder();
    for (JsonNode b : all.subList(summaryAt + 1, all.size())) {
      String type = b.get("type").asString();
      String text = b.get("text").isNull() ? null : b.get("text").asString();
      if ("相关公告".equals(text)) {
        break;
      }
      switch (type) {
        case "table" -> body.append(uirTable(b.get("attributes").get("rows")));
        case "list" -> {
          body.append("<ul>");
          b.get("attributes").get("items").forEach(it -> body.append("<li>").append(esc(it.asString())).append("</li>"));
          body.append("</ul>\n");
        }
        default -> body.append("<p>").append(esc(text)).append("</p>\n");
      }
    }
    return new Notice(n.path(), n.template(), n.title(), n.published(), n.province(), region, "", n.buyer(), rows,
        body.toString(), n.attachments(), n.expect(), n.realSource(), n.readme());
  }

  /** UIR keeps a table row as field + " | "-joined value; split it back into cells. */
  private static String uirTable(JsonNode rows) {
    StringBuilder t = new StringBuilder("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tbody>");
    for (JsonNode r : rows) {
      t.append("<tr><td>").append(esc(r.get("field").asString())).append("</td>");
      String v = r.get("value").asString();
      if (!v.isEmpty()) {
        for (String c : v.split(" \\| ")) {
          t.append("<td>").append(esc(c)).append("</td>");
        }
      }
      t.append("</tr>");
    }
    return t.append("</tbody></table>\n").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // ---------------------------------------------------------------- list pages

  /** Writes index.htm, index_1.htm … for all 16 channels, newest first; returns the list page paths. */
  private static List<String> writeLists(Path portal, List<Notice> notices) throws IOException {
    List<String> written = new ArrayList<>();
    for (String scope : List.of("zygg", "dfgg")) {
      for (String type : PortalPages.TYPES) {
        String dir = "cggg/" + scope + "/" + type;
        List<Notice> items = notices.stream().filter(n -> n.channelDir().equals(dir))
            .sorted(Comparator.comparing(Notice::published).reversed()).toList();
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int p = 0; p < pages; p++) {
          List<Notice> slice = items.subList(Math.min(items.size(), p * PAGE_SIZE), Math.min(items.size(), (p + 1) * PAGE_SIZE));
          String path = dir + "/" + (p == 0 ? "index.htm" : "index_" + p + ".htm");
          Path file = portal.resolve(path);
          Files.createDirectories(file.getParent());
          Files.writeString(file, PortalPages.listPage(scope, type, slice, p, pages), StandardCharsets.UTF_8);
          written.add(path);
        }
      }
    }
    return written;
  }

  // ---------------------------------------------------------------- expected.json

  private static Map<String, Object> expected(List<Notice> notices, List<String> lists) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("about", "What a correct crawl of samples/portal yields; see samples/README.md. Paths are request paths "
        + "on the mirror (www.ccgp.gov.cn and download.ccgp.gov.cn alike). Amounts in yuan.");
    root.put("pageSize", PAGE_SIZE);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Notice n : notices.stream().sorted(Comparator.comparing(Notice::path)).toList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", "/" + n.path());
      m.put("title", n.title());
      m.put("publishedAt", n.published().format(SampleModel.PUB_DATE));
      m.put("template", switch (n.template()) {
        case VT -> "vT";
        case REAL_COPY -> "vF (real page)";
        case REAL_UIR -> "vF (real text)";
        default -> "vF";
      });
      m.put("charset", n.template() == Template.VF_GBK ? "gbk" : "utf-8");
      m.put("type", n.expect().type());
      m.put("projectNo", n.expect().projectNo());
      m.put("buyer", n.expect().buyer());
      m.put("budgetCny", n.expect().budgetCny());
      m.put("awardCny", n.expect().awardCny());
      m.put("suppliers", n.expect().suppliers().stream().map(SamplePortalGenerator::lot).toList());
      m.put("flags", n.expect().flags());
      m.put("kind", n.expect().kind());
      m.put("case", n.expect().caseId());
      m.put("linkedTo", n.expect().linkedTo() == null ? null : "/" + n.expect().linkedTo());
      m.put("attachments", n.attachments().stream().map(SamplePortalGenerator::attachment).toList());
      m.put("note", n.expect().note());
      out.add(m);
    }
    root.put("notices", out);
    root.put("cases", cases(notices));
    root.put("listPages", lists.stream().map(p -> "/" + p).toList());
    return root;
  }

  private static Map<String, Object> lot(Lot l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", l.supplier());
    m.put("lot", l.lot());
    m.put("amountCny", l.amountCny());
    return m;
  }

  static Map<String, Object> attachment(Attachment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.fileName());
    m.put("url", "/oss/download?uuid=" + a.id());
    m.put("file", "oss/download/uuid=" + a.id());
    m.put("pages", a.pages().size());
    m.put("evidencePage", a.evidencePage());
    m.put("evidenceWords", a.evidenceWords());
    return m;
  }

  /** One entry per case: what the flagged table should show once tender and award are linked. */
  private static Map<String, Object> cases(List<Notice> notices) {
    Map<String, List<Notice>> byCase = new TreeMap<>();
    notices.stream().filter(n -> n.expect().caseId() != null)
        .forEach(n -> byCase.computeIfAbsent(n.expect().caseId(), k -> new ArrayList<>()).add(n));
    Map<String, Object> out = new LinkedHashMap<>();
    byCase.forEach((id, ns) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      Notice first = ns.getFirst();
      c.put("buyer", first.expect().buyer());
      c.put("projectNo", first.expect().projectNo());
      c.put("flags", ns.stream().flatMap(n -> n.expect().flags().stream()).distinct().sorted().toList());
      ns.stream().flatMap(n -> n.expect().suppliers().stream()).findFirst().ifPresent(l -> {
        c.put("winner", l.supplier());
        c.put("awardCny", l.amountCny());
      });
      c.put("outcome", ns.stream().map(n -> n.expect().type()).filter(t -> !t.equals("tender")).findFirst().orElse("open"));
      c.put("notices", ns.stream().map(n -> "/" + n.path()).toList());
      out.put(id, c);
    });
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
