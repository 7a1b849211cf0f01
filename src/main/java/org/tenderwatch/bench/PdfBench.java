package org.tenderwatch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tenderwatch.extract.PdfText;
import org.tenderwatch.text.TextPart;

/** PDF stage: PdfText (per page, sorted by position) vs bare PDFBox PDFTextStripper vs poppler's pdftotext. */
final class PdfBench {
  /** The documented attachment limits (config/tenderwatch.yaml), as a default ingest reads PDFs. */
  private static final org.tenderwatch.config.AttachmentLimits LIMITS =
      org.tenderwatch.config.ConfigLoader.defaultSettings().attachments();
  private PdfBench() {}

  static void run(BenchPlan plan, List<Path> files, Report report) {
    List<byte[]> pdfs = new ArrayList<>();
    for (Path f : files) {
      try {
        pdfs.add(Files.readAllBytes(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    int[] pages = new int[1];
    long[] chars = new long[3];
    double[] t = Timing.alternate(plan.warmups(), plan.runs(), () -> {
      pages[0] = 0;
      chars[0] = 0;
      for (byte[] b : pdfs) {
        List<TextPart> parts = PdfText.pages("a.pdf", b, LIMITS);
        pages[0] += parts.size();
        chars[0] += parts.stream().mapToInt(p -> p.text().length()).sum();
      }
    }, () -> {
      chars[1] = 0;
      for (byte[] b : pdfs) {
        try (PDDocument doc = Loader.loadPDF(b)) {
          chars[1] += new PDFTextStripper().getText(doc).length();
        }
      }
    });
    boolean poppler = pdftotextAvailable();
    double popplerNs = Double.NaN;
    if (poppler) {
      popplerNs = Timing.alternate(plan.warmups(), plan.runs(), () -> {
        chars[2] = 0;
        for (Path f : files) {
          chars[2] += pdftotext(f).length();
        }
      }, () -> { })[0];
    }
    int n = pdfs.size();
    int p = Math.max(1, pages[0]);
    double ratio = Timing.ratio(t[0], t[1]);
    double ratioPoppler = Timing.ratio(t[0], popplerNs);
    report.stage("pdf").put("files", n).put("pages", pages[0]).put("oursMsPerPage", t[0] / p / 1e6)
        .put("bareMsPerPage", t[1] / p / 1e6).put("ratio", ratio).put("pdftotextInstalled", poppler)
        .put("pdftotextMsPerPage", poppler ? popplerNs / p / 1e6 : null)
        .put("ratioVsPdftotext", poppler ? ratioPoppler : null)
        .put("charsOurs", chars[0]).put("charsBare", chars[1]).put("charsPdftotext", chars[2]);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("tenderwatch `PdfText.pages`", Report.f(t[0] / p / 1e6, 2), Report.f(p / (t[0] / 1e9), 0), "1.00 / " + Report.f(ratio, 2), Report.f(chars[0], 0)));
    rows.add(List.of("bare PDFBox `PDFTextStripper`", Report.f(t[1] / p / 1e6, 2), Report.f(p / (t[1] / 1e9), 0), "–", Report.f(chars[1], 0)));
    rows.add(poppler
        ? List.of("poppler `pdftotext` (a process per file)", Report.f(popplerNs / p / 1e6, 2), Report.f(p / (popplerNs / 1e9), 0),
            "ours vs it: " + Report.f(ratioPoppler, 2), Report.f(chars[2], 0))
        : List.of("poppler `pdftotext`", "not installed", "–", "–", "–"));
    report.table(new Report.Table("PDF: text extraction vs bare PDFBox and pdftotext",
        n + " generated PDFs, " + pages[0] + " pages (1–20 pages each, Chinese text in an embedded WenQuanYi subset"
            + " unless the notes say otherwise). Ours: one `PDFTextStripper` pass per page with sortByPosition (per-page"
            + " evidence). Bare: one `getText` per document, default settings. All read from memory except pdftotext"
            + " (file, page cache).",
        List.of("", "ms per page (median of " + plan.runs() + ")", "pages/s", "ratio (bare time / ours)", "chars extracted"),
        rows));
  }

  static boolean pdftotextAvailable() {
    try {
      Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
      try (InputStream in = p.getInputStream()) {
        in.readAllBytes();
      }
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String pdftotext(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(out);
    }
    if (p.waitFor() != 0) {
      throw new IOException("pdftotext failed on " + file);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
