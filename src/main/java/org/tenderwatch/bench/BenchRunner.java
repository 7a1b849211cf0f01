package org.tenderwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tenderwatch.config.Config;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.PdfText;
import org.tenderwatch.text.TextPart;
import org.tenderwatch.flag.Flag;
import org.tenderwatch.flag.Flagger;
import org.tenderwatch.index.IndexedNotice;
import tools.jackson.databind.JsonNode;

/** Runs every stage of a plan in order and fills a {@link Report}; the goals are judged at the end. */
public final class BenchRunner {
  /** The documented attachment limits (config/tenderwatch.yaml), as a default ingest reads PDFs. */
  private static final org.tenderwatch.config.AttachmentLimits LIMITS =
      org.tenderwatch.config.ConfigLoader.defaultSettings().attachments();
  private BenchRunner() {}

  public static Report run(BenchPlan plan, Config config, Consumer<String> progress) throws Exception {
    Instant start = Instant.now();
    Report report = new Report();
    machine(report, plan, start);
    Files.createDirectories(plan.workDir());
    List<String> titles = Titles.load(plan.titles());
    CorpusGenerator gen = new CorpusGenerator(plan.seed(), titles);
    List<BenchNotice> sample = gen.notices(0, plan.htmlPages());
    try (PdfWriter pdfWriter = PdfWriter.open(plan.font());
        Flagger flagger = new Flagger(config.flags())) {
      if (!pdfWriter.cjk()) {
        report.note("No CJK font at " + plan.font() + ": PDFs were written in Helvetica with the ASCII of their text only.");
      }
      progress.accept("html: " + sample.size() + " pages");
      List<Notice> extracted = HtmlBench.run(plan, sample, report);
      Map<String, Path> pdfFiles = writePdfs(plan.workDir().resolve("pdfs"), sample, pdfWriter);
      progress.accept("pdf: " + Math.min(plan.pdfFiles(), pdfFiles.size()) + " files");
      PdfBench.run(plan, new ArrayList<>(pdfFiles.values()).subList(0, Math.min(plan.pdfFiles(), pdfFiles.size())), report);
      List<IndexedNotice> indexed = withAttachments(sample, extracted, pdfFiles, flagger, report);
      progress.accept("index: " + Math.min(plan.indexNotices(), indexed.size()) + " notices");
      IndexBench.run(plan, indexed.subList(0, Math.min(plan.indexNotices(), indexed.size())), report);
      progress.accept("monitor: " + plan.monitorQueries() + " stored queries");
      MonitorBench.run(plan, indexed.subList(0, Math.min(plan.monitorNotices(), indexed.size())), titles, flagger, report);
      progress.accept("pipeline + crawl: " + plan.crawlNotices() + " notices on loopback");
      CrawlBench.run(plan, gen, pdfWriter, config, report);
    }
    progress.accept("search: " + plan.searchSizes() + " notices");
    SearchBench.run(plan, gen, report);
    Goals.judge(report);
    noiseNote(report);
    ((tools.jackson.databind.node.ObjectNode) report.json().get("machine"))
        .put("runMinutes", Math.round((Instant.now().toEpochMilli() - start.toEpochMilli()) / 600.0) / 100.0)
        .put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return report;
  }

  /** Other work on the machine inflates absolute times; the ratios, measured alternately, much less. */
  private static void noiseNote(Report report) {
    var m = report.json().get("machine");
    double load = Math.max(m.get("loadAverageAtStart").asDouble(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    if (load > m.get("cores").asInt()) {
      report.note(String.format(java.util.Locale.ROOT, "The machine was shared: load average %.1f at start and %.1f at"
          + " the end on %d cores (other jobs running). Absolute times are inflated accordingly; the ratios, timed"
          + " alternately, are the figures to compare.", m.get("loadAverageAtStart").asDouble(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), m.get("cores").asInt()));
    }
  }

  private static void machine(Report report, BenchPlan plan, Instant start) {
    var os = ManagementFactory.getOperatingSystemMXBean();
    long memory = os instanceof com.sun.management.OperatingSystemMXBean s ? s.getTotalMemorySize() : -1;
    report.json().putObject("machine")
        .put("date", start.truncatedTo(ChronoUnit.SECONDS).toString())
        .put("cores", Runtime.getRuntime().availableProcessors())
        .put("memoryGb", Math.round(memory / 1024.0 / 1024 / 1024 * 10) / 10.0)
        .put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1024 / 1024)
        .put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
            + Runtime.version())
        .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"))
        .put("loadAverageAtStart", os.getSystemLoadAverage())
        .put("seed", plan.seed())
        .put("plan", plan.htmlPages() + " pages, " + plan.pdfFiles() + " PDFs, queries " + plan.monitorQueries()
            + ", crawl " + plan.crawlNotices() + ", search " + plan.searchSizes() + ", " + plan.warmups() + " warm-up + "
            + plan.runs() + " timed runs");
  }

  /** The PDFs of the sample notices, written once under dir (reused across runs: same seed, same bytes). */
  private static Map<String, Path> writePdfs(Path dir, List<BenchNotice> notices, PdfWriter writer) throws IOException {
    Files.createDirectories(dir);
    Map<String, Path> out = new java.util.LinkedHashMap<>();
    for (BenchNotice n : notices) {
      for (BenchNotice.Pdf p : n.pdfs()) {
        Path f = dir.resolve(p.id() + (writer.cjk() ? ".pdf" : "-ascii.pdf"));
        if (!Files.exists(f)) {
          Files.write(f, writer.write(p));
        }
        out.put(p.id(), f);
      }
    }
    return out;
  }

  /**
   * The extracted notices with their PDF pages and flags, as the pipeline indexes them; also checks the flags
   * against what the generator planted (a benchmark of wrong output is worthless).
   */
  private static List<IndexedNotice> withAttachments(List<BenchNotice> sample, List<Notice> extracted,
      Map<String, Path> pdfs, Flagger flagger, Report report) throws Exception {
    List<IndexedNotice> out = new ArrayList<>();
    int planted = 0;
    int found = 0;
    int extra = 0;
    for (int i = 0; i < sample.size(); i++) {
      BenchNotice b = sample.get(i);
      List<TextPart> more = new ArrayList<>();
      for (BenchNotice.Pdf p : b.pdfs()) {
        more.addAll(PdfText.pages(p.fileName(), Files.readAllBytes(pdfs.get(p.id())), LIMITS));
      }
      Notice n = extracted.get(i).withParts(more);
      List<String> categories = flagger.flag(n.parts()).stream().map(Flag::category).distinct().toList();
      planted += b.flagCategory() != null ? 1 : 0;
      found += b.flagCategory() != null && categories.contains(b.flagCategory()) ? 1 : 0;
      extra += b.flagCategory() == null && !categories.isEmpty() ? 1 : 0;
      out.add(new IndexedNotice(String.valueOf(b.id()), "ccgp", "https://www.ccgp.gov.cn/" + b.path(), n, categories));
    }
    report.stage("flags").put("planted", planted).put("found", found).put("flaggedWithoutPlant", extra);
    report.note("Flag check on the " + sample.size() + " sample notices: " + found + " of " + planted
        + " planted mentions flagged with their category; " + extra + " notices flagged without a planted mention"
        + " (real titles can name watched terms).");
    return out;
  }

  static double num(JsonNode n, String field) {
    return n == null || !n.has(field) || n.get(field).isNull() ? Double.NaN : n.get(field).asDouble();
  }

}
