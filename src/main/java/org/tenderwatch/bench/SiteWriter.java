package org.tenderwatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays a corpus out as a www.ccgp.gov.cn mirror that {@link org.tenderwatch.demo.SamplePortal} serves: the 16
 * channel lists (20 items a page, newest first, the real pager script), the notice pages, and the attachments
 * at oss/download/uuid=ID. Writing a larger corpus over a smaller one adds the new notices and rewrites the lists,
 * which is how the recrawl benchmark publishes its 1 % new notices.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** What was written. */
  public record Site(Path root, int notices, int listPages, int pdfs) {}

  public static Site write(Path root, List<BenchNotice> notices, PdfWriter pdfs) {
    try {
      int pdfCount = 0;
      for (BenchNotice n : notices) {
        Path page = root.resolve(n.path());
        if (!Files.exists(page)) {
          Files.createDirectories(page.getParent());
          Files.write(page, CcgpTemplate.noticeBytes(n));
        }
        for (BenchNotice.Pdf p : n.pdfs()) {
          Path file = root.resolve("oss/download/uuid=" + p.id());
          if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.write(file, pdfs.write(p));
          }
          pdfCount++;
        }
      }
      return new Site(root, notices.size(), writeLists(root, notices), pdfCount);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark site under " + root, e);
    }
  }

  private static int writeLists(Path root, List<BenchNotice> notices) throws IOException {
    Map<String, List<BenchNotice>> byChannel = new TreeMap<>();
    for (String scope : CcgpTemplate.SCOPE_NAMES.keySet()) {
      for (String channel : CcgpTemplate.CHANNELS) {
        byChannel.put("cggg/" + scope + "/" + channel, new ArrayList<>());
      }
    }
    for (BenchNotice n : notices) {
      byChannel.get(n.channelDir()).add(n);
    }
    int written = 0;
    for (var e : byChannel.entrySet()) {
      List<BenchNotice> items = e.getValue();
      items.sort(Comparator.comparing(BenchNotice::published).reversed());
      String[] parts = e.getKey().split("/");
      int pages = Math.max(1, (items.size() + CcgpTemplate.PAGE_SIZE - 1) / CcgpTemplate.PAGE_SIZE);
      for (int p = 0; p < pages; p++) {
        List<BenchNotice> page = items.subList(p * CcgpTemplate.PAGE_SIZE,
            Math.min(items.size(), (p + 1) * CcgpTemplate.PAGE_SIZE));
        Path file = root.resolve(e.getKey()).resolve(p == 0 ? "index.htm" : "index_" + p + ".htm");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CcgpTemplate.listPage(parts[1], parts[2], page, p, pages), StandardCharsets.UTF_8);
        written++;
      }
    }
    return written;
  }
}
