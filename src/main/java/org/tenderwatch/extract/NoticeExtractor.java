package org.tenderwatch.extract;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * a parsed document in, a record out.
 *
 * <p>Field sources, first found wins: the 公告概要 summary table (ccgp), then labels in the body
 * (PORTALS.md §4 synonyms), then the "采购人信息 / 采购代理机构信息 → 名称" blocks, then "X受Y委托".
 */
public final class NoticeExtractor {

  static final List<String> BUYER = List.of("采购人名称", "采购单位名称", "采购人", "采购单位", "招标人", "项目业主");
  static final List<String> AGENCY = List.of("采购代理机构全称", "采购代理机构名称", "代理机构名称", "采购代理机构",
      "招标代理机构", "代理机构", "政府集中采购机构", "集中采购机构", "采购机构");
  static final List<String> PROJECT_NO = List.of("项目编号", "采购项目编号", "招标项目编号", "采购编号", "招标编号",
      "采购项目文件编号", "招标文件编号", "招标文书编号", "原公告的采购项目编号", "项目序列号");
  static final List<String> BUDGET = List.of("预算金额", "项目预算金额", "采购预算金额", "采购预算", "预算总金额", "项目预算");
  static final List<String> AWARD_TOTAL = List.of("总中标金额", "总中标成交金额", "中标总金额", "成交总金额",
      "中标（成交）总金额");
  static final List<String> PROJECT_NAME = List.of("采购项目名称", "项目名称", "招标项目名称");
  static final List<String> BUYER_ADDRESS = List.of("采购单位地址", "采购人地址", "招标人地址", "采购单位联系地址",
      "采购地址");
  static final List<String> CATEGORY = List.of("品目", "采购品目", "品目名称");
  static final List<String> MAX_PRICE = List.of("最高限价（如有）", "最高限价", "最高限价金额", "最高投标限价",
      "招标控制价", "采购控制价");
  /** Combined labels ("…截止时间及开标时间：") give both dates; they come first. */
  static final List<String> DEADLINE_AND_OPENING = List.of("递交响应文件截止时间及开标时间",
      "递交响应文件截止时间及磋商会议时间", "提交投标文件截止时间及开标时间", "投标截止时间及开标时间",
      "投标截止及开标时间");
  static final List<String> DEADLINE = List.of("提交投标文件截止时间", "提交（上传）投标文件截止时间", "投标截止时间",
      "投标文件递交截止时间", "递交投标文件截止时间", "投标文件提交截止时间", "递交响应文件截止时间",
      "提交响应文件截止时间", "响应文件提交截止时间", "响应文件递交截止时间", "招标递交截止时间", "报价截止时间", "投标截标时间");
  static final List<String> OPENING = List.of("开标时间", "响应文件开启时间", "开启时间", "开标日期", "磋商会议时间",
      "谈判时间", "公开招标时间");
  /** "四、提交投标文件截止时间、开标时间和地点" or "五、开标": a heading whose date follows on the next lines. */
  private static final Pattern OPENING_HEADING = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．].{0,20}(开标|开启)");
  private static final Pattern DEADLINE_HEADING = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．].{0,20}(截止|的递交)");
  private static final Pattern ADDRESS_LABEL = Pattern.compile("(?<!\\p{IsHan})地\\s*址\\s*[:：]\\s*");
  /** How far after a buyer label its address may follow ("采购人名称：X 地址：Y", "采购人：X\n地 址：Y"). */
  private static final int ADDRESS_WINDOW = 120;

  private static final Pattern BUYER_BLOCK = Pattern.compile("^\\S{0,4}(采购人|采购单位)信息");
  private static final Pattern AGENCY_BLOCK =
      Pattern.compile("^\\S{0,4}(采购代理机构|代理机构|采购执行机构|采购机构|集中采购机构)信息");
  private static final Pattern NAME_LINE = Pattern.compile("^名\\s*称\\s*[:：]\\s*(.+)$");
  private static final Pattern ADDRESS_LINE = Pattern.compile("^地\\s*址\\s*[:：]\\s*(.+)$");
  /** "福建立勤招标代理有限公司受福建省立医院委托": agency before 受, buyer before 委托. */
  private static final Pattern ENTRUSTED = Pattern.compile(
      "(?:^|[，,。；;:：\\s])([^，,。；;:：\\s受]{4,40}?(?:公司|中心))(?:\\([^)]*\\))?[^，,。；;受]{0,3}受([^，,。；;:：\\s]{2,40}?)(?:的)?委托");
  /** CSS selectors, parsed once (jsoup parses a selector string on every call). */
  private static final Evaluator H2 = QueryParser.parse("h2");
  private static final Evaluator CRUMBS = QueryParser.parse("a.CurrChnlCls");
  private static final Evaluator SUMMARY_LABEL = QueryParser.parse("td.title");
  private static final Evaluator TITLE_LIKE = QueryParser.parse("h1, h2, h3, [class*=title], [class*=Title], [id*=title]");
  /** Split a 最高限价 only where a lot marker follows: "1,100,000.00元" is one amount. */
  private static final Pattern LOT_SPLIT =
      Pattern.compile("[,，;；、](?=\\s*(第?[0-9一二三四五六七八九十]+(包|标包|标段)|包|标包|采购包))");
  private static final Pattern LOT_MARK =
      Pattern.compile("^\\s*(第?[0-9一二三四五六七八九十]+(包|标包|标段)|(包|标包|采购包)[0-9]+)\\s*[-:：]?");
  private static final Pattern AMOUNT_END = Pattern.compile("[。；;，]");
  private static final Pattern NOTICE_WORDS = Pattern.compile("公告|公示|结果|招标|采购|谈判|磋商|询价");
  /** A title made up from the first line is capped: it is a label for people, not the notice text. */
  static final int MAX_FALLBACK_TITLE = 100;

  private NoticeExtractor() {}

  /** A whole notice page, as {@link HtmlDecoder} decoded it. */
  public static Notice fromHtml(Document doc) {
    Landmarks marks = Landmarks.of(doc);
    if (marks.header() != null || marks.content() != null) {
      return fromCcgp(doc, marks);
    }
    return fromPlain(doc, null);
  }

  /**
   * What a ccgp page is read by, found in one walk over the page (a selector per item walked it once each):
   * the first {@code div.vF_detail_header, div.vT_detail_header} and {@code div.vF_detail_content,
   * div.vT_detail_content}, the content of the first {@code meta[name=ArticleTitle]} and
   * {@code meta[name=PubDate]} that has one, the summary table ({@code div.vF_detail_main div.table,
   * div.vT_detail_main div.table, div.table:has(td.title)}), and the text of every {@code span#pubTime}, as jsoup's selectors give
   * them (class and attribute value ignore case, the attribute value is trimmed, the id is exact).
   */
  private record Landmarks(Element header, Element content, Element summaryTable, String metaTitle, String metaPubDate,
      String pubTime) {
    static Landmarks of(Document doc) {
      Element header = null;
      Element content = null;
      Element summaryTable = null;
      String metaTitle = "";
      String metaPubDate = "";
      List<String> pubTime = new ArrayList<>();
      for (Element e : doc.getAllElements()) {
        switch (e.normalName()) {
          case "div" -> {
            if (header == null && (e.hasClass("vF_detail_header") || e.hasClass("vT_detail_header"))) {
              header = e;
            }
            if (content == null && (e.hasClass("vF_detail_content") || e.hasClass("vT_detail_content"))) {
              content = e;
            }
            if (summaryTable == null && e.hasClass("table") && isSummaryTable(e)) {
              summaryTable = e;
            }
          }
          case "meta" -> {
            String name = e.attr("name").trim();
            if (metaTitle.isEmpty() && name.equalsIgnoreCase("ArticleTitle") && e.hasAttr("content")) {
              metaTitle = e.attr("content");
            } else if (metaPubDate.isEmpty() && name.equalsIgnoreCase("PubDate") && e.hasAttr("content")) {
              metaPubDate = e.attr("content");
            }
          }
          case "span" -> {
            if (e.id().equals("pubTime")) {
              pubTime.add(e.text());
            }
          }
          default -> {
            // not a landmark
          }
        }
      }
      return new Landmarks(header, content, summaryTable, metaTitle, metaPubDate, String.join(" ", pubTime));
    }

    /** A div.table inside a div.vF_detail_main or div.vT_detail_main, or holding a td.title. */
    private static boolean isSummaryTable(Element table) {
      for (Element p = table.parent(); p != null; p = p.parent()) {
        if (p.normalName().equals("div") && (p.hasClass("vF_detail_main") || p.hasClass("vT_detail_main"))) {
          return true;
        }
      }
      for (Element d : table.getElementsByTag("td")) {
        if (d.hasClass("title")) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A notice whose page is an HTML fragment with its title given apart, as JSON portals serve it (gpcms, 政采云,
   * szggzy: title and {@code content} fields).
   *
   * @param title the title as the portal gives it, or null to take one from the fragment
   */
  public static Notice fromFragment(String title, String html, String baseUri) {
    Document doc = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
    return fromPlain(doc, title == null || title.isBlank() ? null : title.strip());
  }

  private static Notice fromCcgp(Document doc, Landmarks marks) {
    Element header = marks.header();
    Element table = marks.summaryTable();
    Map<String, String> summary = table == null ? Map.of() : summary(table);
    List<Line> body = marks.content() == null ? List.of() : TextRender.lines(marks.content());
    String title = firstNonBlank(marks::metaTitle, () -> header == null ? null : header.select(H2).text(), doc::title);
    LocalDateTime published = Dates.parse(firstNonBlank(marks::metaPubDate, marks::pubTime, () -> summary.get("公告时间")));
    NoticeType type = NoticeTypes.fromTitle(title);
    if (type == NoticeType.OTHER) {
      Elements crumbs = doc.select(CRUMBS);
      type = crumbs.isEmpty() ? NoticeType.OTHER : NoticeTypes.fromTitle(crumbs.last().text());
    }
    List<TextPart> parts = new ArrayList<>();
    parts.add(new TextPart(Location.NOTICE_PAGE, TextRender.text(body)));
    if (table != null) {
      parts.add(new TextPart(Location.summary(), TextRender.text(TextRender.lines(table))));
    }
    return fields(type, title, published, summary, body, parts);
  }

  private static Notice fromPlain(Document doc, String givenTitle) {
    List<Line> body = TextRender.lines(doc.body());
    String text = TextRender.text(body) + "\n" + headerTablePairs(body);
    String title = givenTitle != null ? givenTitle : plainTitle(doc, body, text);
    LocalDateTime published = Dates.signatureDate(body.stream().filter(l -> !l.isRow()).map(Line::text).toList());
    NoticeType type = NoticeTypes.fromTitle(title);
    if (type == NoticeType.OTHER) {
      type = NoticeTypes.fromBody(text);
    }
    List<TextPart> parts = List.of(new TextPart(Location.NOTICE_PAGE, TextRender.text(body)));
    return fields(type, title, published, Map.of(), body, parts);
  }

  private static Notice fields(NoticeType type, String title, LocalDateTime published, Map<String, String> summary,
      List<Line> body, List<TextPart> parts) {
    String text = TextRender.text(body) + "\n" + headerTablePairs(body);
    // Each source is tried only when the ones before it found nothing (the lookups are lambdas): a ccgp page
    // answers most fields from its summary table, and the label searches over the whole text are the costly part.
    String buyer = firstNonBlank(() -> summary.get("采购单位"), () -> summary.get("采购人"), () -> name(text, BUYER),
        () -> blockName(body, BUYER_BLOCK, NAME_LINE), () -> entrusted(text, 2));
    String agency = firstNonBlank(() -> summary.get("代理机构名称"), () -> summary.get("采购代理机构"),
        () -> name(text, AGENCY), () -> blockName(body, AGENCY_BLOCK, NAME_LINE), () -> entrusted(text, 1));
    String projectNo = firstNonBlank(() -> summary.get("项目编号"), () -> summary.get("采购项目编号"), () -> projectNo(text));
    Amount budget = amount(summary, "预算金额", text, BUDGET);
    List<SupplierAward> suppliers = Suppliers.extract(body);
    Amount award = award(suppliers, amount(summary, "总中标金额", text, AWARD_TOTAL));
    String region = summary.get("行政区域");
    String buyerAddress = firstNonBlank(() -> summary.get("采购单位地址"), () -> summary.get("采购人地址"),
        () -> name(text, BUYER_ADDRESS), () -> blockName(body, BUYER_BLOCK, ADDRESS_LINE), () -> addressNearBuyer(text));
    String category = firstNonBlank(() -> summary.get("品目"), () -> summary.get("品目名称"), () -> name(text, CATEGORY));
    Amount maxPrice = maxPrice(text);
    LocalDateTime both = date(text, DEADLINE_AND_OPENING, false);
    LocalDateTime deadline = firstNonNull(() -> both, () -> date(text, DEADLINE, true),
        () -> headingDate(body, DEADLINE_HEADING, true));
    LocalDateTime opening = firstNonNull(() -> Dates.parse(summary.get("开标时间")), () -> both,
        () -> date(text, OPENING, false), () -> headingDate(body, OPENING_HEADING, false));
    return new Notice(type, title, published, buyer, agency, projectNo, budget, award, suppliers,
        region == null || region.isBlank() ? null : region, summary, parts, buyerAddress, category, maxPrice,
        deadline, opening);
  }

  /**
   * The 最高限价. Several lots ("包1-10000000.00元,包2-1500000.00元", "第1包:9944.9520万元,第2包:…") give their sum;
   * "同预算金额" or "无" give none.
   */
  static Amount maxPrice(String text) {
    Labels.Value v = Labels.find(text, MAX_PRICE);
    if (v == null) {
      return null;
    }
    String value = cutAmount(v.text());
    // Split only where a lot marker follows: "1,100,000.00元" is one amount.
    String[] lots = LOT_SPLIT.split(value);
    if (lots.length > 1) {
      BigDecimal sum = BigDecimal.ZERO;
      for (String lot : lots) {
        Amount a = Amounts.parse(LOT_MARK.matcher(lot).replaceFirst(""), v.wan());
        if (a == null || a.cny() == null) {
          return Amounts.parse(value, v.wan());
        }
        sum = sum.add(a.cny());
      }
      return new Amount(value, sum);
    }
    return Amounts.parse(value, v.wan());
  }

  /**
   * The date after a label, on its line or (when the label ends the line) on the next one.
   *
   * @param windowEnd a deadline: of "14:30 ～ 15:00" take the end
   */
  private static LocalDateTime date(String text, List<String> labels, boolean windowEnd) {
    String folded = Fold.fold(text);
    for (String label : labels) {
      Labels.Finder m = Labels.finder(label, folded);
      while (m.find()) {
        List<String> next = text.substring(m.end()).lines().limit(2).toList();
        for (String line : next) {
          LocalDateTime d = windowEnd ? Dates.parseEnd(line) : Dates.parse(line);
          if (d != null) {
            return d;
          }
          if (!line.isBlank()) {
            break;
          }
        }
      }
    }
    return null;
  }

  /** The first date in the three lines after a heading such as "五、开标" or "六、开标时间和地点". */
  private static LocalDateTime headingDate(List<Line> body, Pattern heading, boolean windowEnd) {
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i).isRow() || !startsNumbered(body.get(i).text())) {
        continue; // the heading patterns start with a numeral: most lines fail here, before folding and matching
      }
      String t = Fold.fold(body.get(i).text());
      if (!heading.matcher(t).lookingAt() || t.contains(":")) {
        continue;
      }
      for (int j = i + 1; j < Math.min(body.size(), i + 4); j++) {
        LocalDateTime d = windowEnd ? Dates.parseEnd(body.get(j).text()) : Dates.parse(body.get(j).text());
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether the line's first char (folded) is one a numbered heading starts with: 0-9 or 一…十. */
  private static boolean startsNumbered(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = Fold.fold(line.charAt(0));
    return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** "采购人名称：X 地址：Y" or "采购人：X" with "地 址：Y" on a following line, before the agency's block. */
  private static String addressNearBuyer(String text) {
    String folded = Fold.fold(text);
    for (String label : BUYER) {
      Labels.Finder m = Labels.finder(label, folded);
      if (!m.find()) {
        continue;
      }
      String window = folded.substring(m.end(), Math.min(folded.length(), m.end() + ADDRESS_WINDOW));
      int agency = window.indexOf("代理");
      Matcher a = ADDRESS_LABEL.matcher(window);
      if (a.find() && (agency < 0 || a.start() < agency)) {
        int at = m.end() + a.end();
        return Labels.name(text.substring(at).lines().findFirst().orElse(""));
      }
      return null;
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(Supplier<T>... sources) {
    for (Supplier<T> source : sources) {
      T v = source.get();
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The first source whose value is not blank, stripped; later sources are not asked. */
  @SafeVarargs
  private static String firstNonBlank(Supplier<String>... sources) {
    for (Supplier<String> source : sources) {
      String v = source.get();
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /**
   * The award: the sum of the winners' amounts when every winner has one, else the stated total. The per-winner
   * amounts are more precise (the summary total of 6,687,920 元 reads "￥668.790000 万元") and the summary total is
   * sometimes one lot's amount only; a stated total stands when winners lack amounts.
   */
  static Amount award(List<SupplierAward> suppliers, Amount stated) {
    if (suppliers.isEmpty() || suppliers.stream().anyMatch(s -> s.amount() == null || s.amount().cny() == null)) {
      return stated;
    }
    if (suppliers.size() == 1) {
      return suppliers.getFirst().amount();
    }
    BigDecimal sum = suppliers.stream().map(s -> s.amount().cny()).reduce(BigDecimal.ZERO, BigDecimal::add);
    String text = String.join(" + ", suppliers.stream().map(s -> s.amount().text()).toList());
    return new Amount(text, sum);
  }

  private static Map<String, String> summary(Element table) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Element label : table.select(SUMMARY_LABEL)) {
      Element value = label.nextElementSibling();
      String key = TextRender.clean(label.text());
      String text = value == null ? "" : TextRender.clean(value.text());
      if (!key.isEmpty() && !text.isEmpty()) {
        rows.putIfAbsent(key, text);
      }
    }
    return rows;
  }

  private static Amount amount(Map<String, String> summary, String summaryLabel, String text, List<String> labels) {
    Amount fromSummary = Amounts.parse(summary.get(summaryLabel));
    if (fromSummary != null) {
      return fromSummary;
    }
    Labels.Value v = Labels.find(text, labels);
    return v == null ? null : Amounts.parse(cutAmount(v.text()), v.wan());
  }

  /** An amount value ends at a sentence or clause mark (not the ASCII comma of "1,100,000.00"). */
  private static String cutAmount(String value) {
    Matcher m = AMOUNT_END.matcher(value);
    return m.find() ? value.substring(0, m.start()) : value;
  }

  private static String name(String text, List<String> labels) {
    Labels.Value v = Labels.find(text, labels);
    return v == null ? null : Labels.name(v.text());
  }

  private static String projectNo(String text) {
    Labels.Value v = Labels.find(text, PROJECT_NO);
    return v == null ? null : Labels.projectNo(v.text());
  }

  /** "1.采购人信息" followed within three lines by "名 称：X" (or "地 址：Y"). */
  private static String blockName(List<Line> body, Pattern heading, Pattern line) {
    for (int i = 0; i < body.size(); i++) {
      if (!body.get(i).isRow() && heading.matcher(body.get(i).text()).lookingAt()) {
        for (int j = i + 1; j < Math.min(body.size(), i + 4); j++) {
          Matcher m = line.matcher(body.get(j).text());
          if (m.lookingAt()) { // the heading and line patterns start with ^
            return Labels.name(m.group(1));
          }
        }
      }
    }
    return null;
  }

  private static String entrusted(String text, int group) {
    String folded = Fold.fold(text);
    if (!folded.contains("委托")) {
      return null; // the pattern needs 委托: skip its costly scan of every offset
    }
    Matcher m = ENTRUSTED.matcher(folded);
    if (!m.find()) {
      return null;
    }
    String name = text.substring(m.start(group), m.end(group));
    return name.replaceAll("[（(][^）)]*[）)]", "").strip();
  }

  /**
   * Tables of one header row and one data row ("项目名称 | … | 采购单位" over "… | 福建省立医院") read as
   * "label：value" lines, so label lookups find them; they are appended after the text, so written labels win.
   * Two rows of three or more cells make such a table when neither neighbour row is as wide.
   */
  private static String headerTablePairs(List<Line> body) {
    StringBuilder pairs = new StringBuilder();
    for (int i = 0; i + 1 < body.size(); i++) {
      Line head = body.get(i);
      Line data = body.get(i + 1);
      if (!head.isRow() || !data.isRow() || head.cells().size() < 3 || head.cells().size() != data.cells().size()) {
        continue;
      }
      int width = head.cells().size();
      boolean alone = (i == 0 || width(body.get(i - 1)) < width) && (i + 2 >= body.size() || width(body.get(i + 2)) < width);
      if (alone) {
        for (int c = 0; c < head.cells().size(); c++) {
          String label = head.cells().get(c).replaceAll("[:：]$", "");
          if (!label.isBlank() && !data.cells().get(c).isBlank()) {
            pairs.append(label).append('：').append(data.cells().get(c)).append('\n');
          }
        }
      }
    }
    return pairs.toString();
  }

  private static int width(Line l) {
    return l.isRow() ? l.cells().size() : 0;
  }

  /** The best title of a plain page: a heading or title-classed element that reads like a notice title. */
  private static String plainTitle(Document doc, List<Line> body, String text) {
    for (Element e : doc.select(TITLE_LIKE)) {
      String t = TextRender.clean(e.text());
      if (!t.isEmpty() && t.length() <= 200 && NOTICE_WORDS.matcher(t).find()) {
        return t;
      }
    }
    String docTitle = TextRender.clean(doc.title());
    if (!docTitle.isEmpty() && NOTICE_WORDS.matcher(docTitle).find()) {
      return docTitle;
    }
    Labels.Value project = Labels.find(text, PROJECT_NAME);
    if (project != null) {
      return Labels.name(project.text());
    }
    for (Line l : body) {
      if (Dates.parse(l.text()) == null || l.text().length() > 30) {
        return l.text().length() <= MAX_FALLBACK_TITLE ? l.text() : l.text().substring(0, MAX_FALLBACK_TITLE);
      }
    }
    return docTitle;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
