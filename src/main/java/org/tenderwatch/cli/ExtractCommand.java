package org.tenderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tenderwatch.config.Config;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.extract.AttachmentException;
import org.tenderwatch.extract.Attachments;
import org.tenderwatch.extract.HtmlDecoder;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeExtractor;
import org.tenderwatch.flag.Flag;
import org.tenderwatch.flag.Flagger;
import org.tenderwatch.text.TextPart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What tenderwatch reads in one saved notice page (and its attachments), without a data folder: the fields, the
 * problems, the flags with their evidence. For an analyst checking a page a portal has since deleted, and for anyone
 * adding a portal: the same extractor and flag rules a crawl uses.
 */
@Command(
    name = "extract",
    description = {"Read one saved notice page (HTML in any charset) and its attachments as a crawl would: the fields,",
        "the extraction problems and the flags with their evidence. Touches no data folder."},
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch extract saved/notice.html",
        "  tenderwatch extract notice.htm --attachment 招标文件.pdf --format json"})
final class ExtractCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PAGE", description = "The notice page as saved from the portal (.html, .htm, .shtml …).")
  Path page;

  @Option(names = "--attachment", paramLabel = "FILE", description = "An attachment of the notice (PDF, DOC, DOCX, "
      + "XLS, XLSX, ZIP, image …); repeatable.")
  List<Path> attachments = new ArrayList<>();

  @Option(names = "--url", paramLabel = "URL", description = "The page's address, for its links (default: the file).")
  String url;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The notice as a crawl would store it, flattened for output. */
  record Extracted(String file, String type, String title, LocalDateTime publishedAt, String buyer, String agency,
      String projectNo, BigDecimal budgetCny, BigDecimal awardCny, List<Winner> suppliers, String region,
      String buyerAddress, String category, BigDecimal maxPriceCny, LocalDateTime bidDeadline,
      LocalDateTime bidOpening, List<String> problems, List<Evidence> flags) {}

  record Winner(String name, String lot, BigDecimal amountCny) {}

  record Evidence(String category, String term, String snippet, String location) {}

  @Override
  public Integer call() throws IOException {
    if (format == Format.csv) {
      throw new UserError("--format csv: extract prints table or json", Errors.USAGE);
    }
    Config config = global.load();
    byte[] body = read(page);
    if (Attachments.isDocument(body)) {
      throw new UserError(page + " is not an HTML page (a PDF, Office, archive or image file): give the notice page first and"
          + " this file with --attachment", Errors.USAGE);
    }
    String base = url != null ? url : page.toAbsolutePath().toUri().toString();
    Notice notice = NoticeExtractor.fromHtml(HtmlDecoder.decode(body, null, base));
    List<String> problems = new ArrayList<>(notice.problems());
    List<TextPart> more = new ArrayList<>();
    for (Path a : attachments) {
      try {
        more.addAll(Attachments.attachment(a.getFileName().toString(), null, read(a), config.settings().attachments()));
      } catch (AttachmentException e) {
        problems.add("attachment failed: " + e.getMessage()); // as a crawl notes it: the notice is still read
      }
    }
    notice = notice.withParts(more);
    List<Flag> flags;
    try (Flagger flagger = new Flagger(config.flags())) {
      flags = flagger.flagNotice(notice.parts(), notice.title());
    }
    Extracted e = view(page.toString(), notice, problems, flags);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Output.json(out, e);
    } else {
      table(out, e);
    }
    return 0;
  }

  private static byte[] read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file, Errors.USAGE);
    }
    return Files.readAllBytes(file);
  }

  static Extracted view(String file, Notice n, List<String> problems, List<Flag> flags) {
    return new Extracted(file, n.type().name().toLowerCase(java.util.Locale.ROOT), n.title(), n.publishedAt(),
        n.buyer(), n.agency(), n.projectNo(), cny(n.budget()), cny(n.award()),
        n.suppliers().stream().map(s -> new Winner(s.name(), s.lot(), cny(s.amount()))).toList(), n.region(),
        n.buyerAddress(), n.category(), cny(n.maxPrice()), n.bidDeadline(), n.bidOpening(), problems,
        flags.stream().map(f -> new Evidence(f.category(), f.term(), f.snippet(), f.location().describe())).toList());
  }

  private static BigDecimal cny(Amount a) {
    return a == null ? null : a.cny();
  }

  private static void table(PrintWriter out, Extracted e) {
    row(out, "type", e.type());
    row(out, "title", e.title());
    row(out, "published", date(e.publishedAt()));
    row(out, "buyer", e.buyer());
    row(out, "agency", e.agency());
    row(out, "project no.", e.projectNo());
    row(out, "budget (CNY)", plain(e.budgetCny()));
    row(out, "max price (CNY)", plain(e.maxPriceCny()));
    row(out, "award (CNY)", plain(e.awardCny()));
    for (Winner w : e.suppliers()) {
      row(out, "winner", w.name() + (w.lot() == null ? "" : " (lot " + w.lot() + ")")
          + (w.amountCny() == null ? "" : ", " + w.amountCny().toPlainString() + " CNY"));
    }
    row(out, "region", e.region());
    row(out, "buyer address", e.buyerAddress());
    row(out, "category", e.category());
    row(out, "bid deadline", date(e.bidDeadline()));
    row(out, "bid opening", date(e.bidOpening()));
    e.problems().forEach(p -> row(out, "problem", p));
    if (e.flags().isEmpty()) {
      row(out, "flags", "none");
    }
    e.flags().forEach(f -> row(out, "flag", f.category() + " '" + f.term() + "' at " + f.location() + ": "
        + f.snippet()));
  }

  private static void row(PrintWriter out, String label, Object value) {
    if (value != null) {
      out.printf(java.util.Locale.ROOT, "%-16s %s%n", label + ":", value);
    }
  }

  private static String date(LocalDateTime d) {
    return d == null ? null : d.toString().replace('T', ' ');
  }

  private static String plain(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }
}
