package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.tenderwatch.extract.TextRender.Line;
import org.tenderwatch.text.Location;
import org.tenderwatch.text.TextPart;

/**
 * Makes a {@link Notice} of a notice page: the ccgp.gov.cn "vF" (2017+) and "vT" (≤2016) detail templates, and
 * plain notice pages of university, hospital and other portals (fields found by their labels in the text). Pure:
 * a parsed document in, a record out. Never fails for want of a field: what a page lacks is noted among the
 * notice's problems and the notice is kept with what was found ({@link PageTitles} always gives a title).
 */
public final class NoticeExtractor {

  /** CSS selectors, parsed once (jsoup parses a selector string on every call). */
  private static final Evaluator H2 = QueryParser.parse("h2");
  private static final Evaluator CRUMBS = QueryParser.parse("a.CurrChnlCls");
  private static final Evaluator SUMMARY_LABEL = QueryParser.parse("td.title");

  private NoticeExtractor() {}

  /** A whole notice page, as {@link HtmlDecoder} decoded it. */
  public static Notice fromHtml(Document doc) {
    return fromHtml(doc, null);
  }

  /**
   * A whole notice page.
   *
   * @param listedTitle the title the list page gave the link to this page, or null; used when the page has none
   */
  public static Notice fromHtml(Document doc, String listedTitle) {
    return kept(doc, listedTitle, () -> {
      CcgpLandmarks marks = CcgpLandmarks.of(doc);
      if (marks.header() != null || marks.content() != null) {
        return fromCcgp(doc, marks, listedTitle);
      }
      return fromPlain(doc, null, listedTitle);
    });
  }

  /**
   * A notice whose page is an HTML fragment with its title given apart, as JSON portals serve it (gpcms, 政采云,
   * szggzy: title and {@code content} fields).
   *
   * @param title the title as the portal gives it, or null to take one from the fragment
   */
  public static Notice fromFragment(String title, String html, String baseUri) {
    Document doc = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
    String given = title == null || title.isBlank() ? null : title.strip();
    return kept(doc, given, () -> fromPlain(doc, given, null));
  }

  /**
   * The notice the readers make of the page, or, when one of them fails on it (a rule meeting a shape it was not
   * written for), the page kept as a notice of type OTHER with its text and the failure among its problems: a page
   * is never lost to a reader's bug, and the crawl pass that fetched it goes on.
   */
  static Notice kept(Document doc, String title, Supplier<Notice> read) {
    try {
      return read.get();
    } catch (RuntimeException | StackOverflowError e) { // StackOverflowError: a regex recursing over a long line
      String text = doc.body() == null ? doc.text() : doc.body().text();
      // the title falls back as a read page's does, to the URL at last (never an empty title)
      String t = NoticeFields.firstNonBlank(doc::title, () -> title, doc::location);
      Notice n = new Notice(NoticeType.OTHER, t == null ? "" : t, null, null, null, null, null, null, List.of(), null,
          Map.of(), List.of(new TextPart(Location.NOTICE_PAGE, text)));
      return n.withProblems(List.of("extraction: failed (" + e + ")"));
    }
  }

  private static Notice fromCcgp(Document doc, CcgpLandmarks marks, String listedTitle) {
    Element header = marks.header();
    Element table = marks.summaryTable();
    Map<String, String> summary = table == null ? Map.of() : summary(table);
    List<Line> rendered = marks.content() == null ? List.of() : HeaderSpellings.fixed(TextRender.lines(marks.content()));
    String text = TextRender.pageText(rendered);
    List<Line> body = WrittenTwice.joined(RunOn.split(rendered));
    String given = NoticeFields.firstNonBlank(marks::metaTitle,
        () -> header == null ? null : header.select(H2).text(), doc::title);
    PageTitles.Title title = given != null ? new PageTitles.Title(given, null)
        : PageTitles.fallback(doc, body, TextRender.text(body), listedTitle);
    LocalDateTime published = Dates.parse(NoticeFields.firstNonBlank(marks::metaPubDate, marks::pubTime,
        () -> summary.get("公告时间")));
    List<Line> expanded = LabelRows.expand(body);
    NoticeType type = NoticeTypes.fromTitle(title.kind() != null ? title.kind() : title.text());
    if (type == NoticeType.OTHER) {
      Elements crumbs = doc.select(CRUMBS);
      type = crumbs.isEmpty() ? NoticeType.OTHER : NoticeTypes.fromTitle(crumbs.last().text());
    }
    if (type == NoticeType.OTHER) {
      type = NoticeTypes.fromBody(text); // a body fragment without its page: no title, no breadcrumb
    }
    if (published == null) { // a body fragment without its page: the dates its text states
      published = NoticeDates.published(body, TextRender.text(expanded), type == NoticeType.CORRECTION);
    }
    List<TextPart> parts = new ArrayList<>();
    parts.add(new TextPart(Location.NOTICE_PAGE, text));
    if (table != null) {
      parts.add(new TextPart(Location.summary(), TextRender.pageText(TextRender.lines(table))));
    }
    return NoticeFields.of(type, title.text(), published, summary, body, expanded, NoticeFields.pairsText(expanded), parts,
        problems(title));
  }

  /**
   * The {@code meta[name=PubDate]} that government CMS pages carry in their head beside ArticleTitle and
   * ContentSource (the publication the portal stamps, as ccgp's vF pages do), or null.
   */
  private static LocalDateTime metaPubDate(Document doc) {
    Element meta = doc.head() == null ? null : doc.head().selectFirst("meta[name=PubDate][content]");
    return meta == null ? null : Dates.parse(meta.attr("content"));
  }

  private static Notice fromPlain(Document doc, String givenTitle, String listedTitle) {
    // the readers' lines leave out the site's frame (menus, lists of other notices, the footer): the text keeps it
    TextRender.Page page = TextRender.page(doc.body());
    String text = TextRender.pageText(page.all());
    // a PDF text layer's cells, value over label; a crawler's Markdown table as rows; a template's misspelt header
    // ("中标（成交金额）") as the readers know it
    List<Line> rendered = HeaderSpellings.fixed(MarkdownRows.read(ValueFirstCells.swap(page.notice())));
    // the readers' lines (cell-per-line tables, labels and Word fragments joined, run-on lines cut); the text part
    // keeps the page's own; tab-set rows first, so a label above a table never takes its header line as its value
    List<Line> joined = CellLines.read(SpacedLabels.split(FlatTables.gapRows(rendered)));
    List<Line> body = WrittenTwice.joined(RunOn.split(joined)); // "成交金额：" over its 大写 and 小写 lines
    String flat = FlatSummary.pairs(TextRender.text(rendered));
    List<Line> expanded = LabelRows.expand(body); // "发布日期 | 2022-07-01" rows read as labels for title and date too
    String pairs = NoticeFields.pairsText(expanded);
    String labelled = pairs + flat;
    PageTitles.Title title = givenTitle != null ? new PageTitles.Title(givenTitle, null)
        : PageTitles.plain(doc, body, labelled, listedTitle);
    // a made-up title (a line such as "采购方式：公开招标") says nothing of the notice's type: the body's cues do, or
    // the heading that named only the kind ("中标公告" over a 项目名称 the title was made of)
    NoticeType type = title.problem() == null ? NoticeTypes.fromTitleAndBody(title.text(), labelled)
        : title.kind() != null ? NoticeTypes.fromTitleAndBody(title.kind(), labelled) : NoticeTypes.fromBody(labelled);
    // the signature date is a paragraph of its own (Word fragments joined), not a cell of a flattened table
    LocalDateTime published = metaPubDate(doc);
    if (published == null) {
      published = NoticeDates.published(joined, labelled, type == NoticeType.CORRECTION);
    }
    if (published == null) { // a date set in the heading after its title, as no line of its own
      published = HeadingDates.stamp(doc);
    }
    List<TextPart> parts = List.of(new TextPart(Location.NOTICE_PAGE, text));
    return NoticeFields.of(type, title.text(), published, Map.of(), body, expanded,
        pairs + LabelRows.bookmarks(doc.body()) + flat, parts, problems(title));
  }

  /**
   * The notice with its "field: not found" problems brought up to date, after fields were filled from elsewhere
   * (a JSON portal's data fields).
   */
  public static Notice recheck(Notice n) {
    return Problems.recheck(n);
  }

  /**
   * A 品目 a portal gives as data (gpcms {@code catalogueNameList}) read as a 品目 label's value is: a catalogue code
   * dropped, several comma-joined once each, a kind alone (货物, 服务类) or a placeholder none; null stays null.
   */
  public static String category(String stated) {
    return stated == null ? null : CategoryLabels.of(stated, null);
  }

  private static List<String> problems(PageTitles.Title title) {
    return title.problem() == null ? List.of() : List.of(title.problem());
  }

  private static Map<String, String> summary(Element table) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Element label : table.select(SUMMARY_LABEL)) {
      Element value = label.nextElementSibling();
      String key = TextRender.clean(label.text());
      String cell = value == null ? "" : TextRender.clean(value.text());
      if (!key.isEmpty() && !cell.isEmpty()) {
        rows.putIfAbsent(key, cell);
      }
    }
    return rows;
  }
}
