package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tenderwatch.extract.TextRender.Line;
import org.tenderwatch.text.TextPart;

/**
 * The fields of a notice from its lines and, on ccgp pages, its 公告概要 summary. Sources, first found wins: the
 * summary table, then labels wherever they stand ({@link LabelRows} turns table rows, definition lists and
 * bookmarks into "标签：值" lines), then the "采购人信息 / 采购代理机构信息 → 名称" blocks, then sentences ({@link PartySentences}).
 * What a notice of its type should state but does not is noted among its problems.
 */
final class NoticeFields {

  /** "1. 采购人信息"; a works tender's "1.招标人信息"; a run-on line ending in it ("…联系。 1 .采购人 信息", 山东). */
  private static final Pattern BUYER_BLOCK = Pattern.compile("^\\S{0,4}\\s?(采购人|采购单位|招标人|招标单位)信息"
      + "|^.*[\\s.．、](采购人|采购单位|招标人|招标单位)\\s?信息\\s*$");
  private static final Pattern AGENCY_BLOCK =
      Pattern.compile("^\\S{0,4}\\s?(采购代理机构|招标代理机构|代理机构|采购执行机构|采购机构|集中采购机构)信息");
  /**
   * A block's item number before its label: "（1）名 称：", as 湖南 numbers a party's lines; a value that opens with
   * the next item's number ("（2）地 址：（3）联系人：…") is a blank one. A block set as a table's rows under its
   * heading gives the label and the value in cells ("名 称 | X").
   */
  private static final String ITEM = "(?:[（(]\\d{1,2}[)）]\\s*)?";
  private static final String VALUE = "\\s*(?:[:：]\\s*\\|?|\\|)\\s*(?![（(]\\d{1,2}[)）])(.+)$";
  /** "名 称：X", also "单位名称：X" (a block headed for its party names its 单位). */
  private static final Pattern NAME_LINE = Pattern.compile("^" + ITEM + "(?:单位|机构)?名\\s*称" + VALUE);
  private static final Pattern ADDRESS_LINE = Pattern.compile("^" + ITEM + BuyerAddresses.ADDRESS_WORD + VALUE);
  /** A name repeated once per lot ("济南大学,济南大学,济南大学", or in the cells of a row) is one name. */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；|]|\\s+");
  /**
   * The number after a project's name, in brackets or after a space, at the value's end: a code of six or more
   * chars with two digits at least ("BZGC2016-018", "湘财采计[2018]35号"), not a note such as "（二次）"; a re-run's
   * one-or-two-char mark stays on the code ("GXZC2018-J1-21797-KLZB（重）"); a year opens no code ("2021年度（二次）").
   */
  private static final Pattern NUMBER_AFTER_NAME = Pattern.compile(
      "(?:[（(]|\\s)((?=[^）)\\s]*\\d{2})(?!\\d{4}\\s*年)[^（()）\\s，,。；;:：]{6,40}(?:[（(]\\p{IsHan}{1,2}[)）])?)[）)]?\\s*$");

  private NoticeFields() {}

  /**
   * The text the label readers search: the expanded lines ({@link LabelRows#expand}), then the label/value pairs of
   * header tables, of space-parted cells and of tables naming the parties in columns ({@link PartyTables}). Built once
   * per notice; the caller appends its own extra pairs.
   */
  static String pairsText(List<Line> expanded) {
    return TextRender.text(expanded) + "\n" + LabelRows.headerTablePairs(expanded) + SpacedPairs.pairs(expanded)
        + PartyTables.pairs(expanded);
  }

  /**
   * The notice's fields.
   *
   * @param body the lines as read
   * @param lines the same, expanded by {@link LabelRows#expand}
   * @param text {@link #pairsText} of {@code lines} and any extra pairs after it
   */
  static Notice of(NoticeType type, String title, LocalDateTime published, Map<String, String> summary,
      List<Line> body, List<Line> lines, String text, List<TextPart> parts, List<String> problems) {
    // Each source is tried only when the ones before it found nothing (the lookups are lambdas): a ccgp page
    // answers most fields from its summary table, and the label searches over the whole text are the costly part.
    String agency = oneName(firstNonBlank(() -> summary.get("代理机构名称"), () -> summary.get("采购代理机构"),
        () -> Labels.findName(text, FieldLabels.AGENCY), () -> blockName(lines, AGENCY_BLOCK, NAME_LINE),
        () -> PartySentences.agency(text), () -> PartyNames.organiser(text),
        () -> signed(body, n -> PartyNames.agencyLike(n) && !PartyNames.ownOffice(n))));
    // unlabelled buyers last: the subject of the first sentence, then the signature when it is not the agency's
    String buyer = oneName(firstNonBlank(() -> summary.get("采购单位"), () -> summary.get("采购人"),
        () -> Labels.findName(text, FieldLabels.BUYER), () -> blockName(lines, BUYER_BLOCK, NAME_LINE),
        () -> PartySentences.buyer(text), () -> PartyNames.publisher(text, agency),
        () -> madeUp(problems) ? null : TitleBuyers.beforeProject(title, name(text, FieldLabels.PROJECT_NAME), agency),
        () -> TitleBuyers.subject(SiteFrame.opening(body, title)),
        () -> signed(body, n -> PartyNames.buyerLike(n, agency)),
        () -> madeUp(problems) ? null : TitleBuyers.institution(title, agency),
        () -> madeUp(problems) ? null : PartyNames.titleOwner(title, text, agency),
        () -> PartyNames.officeOwner(text))); // "请向某某学院招投标办公室提出质疑": the college's own office
    // a title may carry the number its body leaves out: "…采购项目（项目编号：CLPSP16ZH04ZC25）的中标公告"
    String projectNo = firstNonBlank(() -> summary.get("项目编号"), () -> summary.get("采购项目编号"), () -> projectNo(text),
        () -> title == null ? null : projectNo(title), () -> SentenceNumbers.projectNo(text), () -> OpeningCodes.projectNo(body, title),
        () -> OpeningCodes.inTitle(title));
    Budgets.Found maxPrice = MaxPrices.maxPrice(text, lines);
    Budgets.Found budget = Budgets.budget(summary, text, lines, maxPrice.amount());
    List<SupplierAward> suppliers = WinnerLots.named(Suppliers.extract(lines), madeUp(problems) ? null : title, lines);
    // a zero stated total holds a rate award's place ("总中标金额￥0.000000 万元" over a 折扣率 winner): no amount; nor
    // is the rate itself written as 万元 ("￥0.006650 万元" over a 66.50 % discount)
    Budgets.Found awarded = Budgets.award(suppliers,
        Budgets.placeholder(RateAwards.total(Budgets.amount(summary, FieldLabels.AWARD_TOTAL, text), text)));
    Amount award = awarded.amount();
    if (award == null && suppliers.isEmpty()) { // "成交金额：12万元" with its winner unnamed (masked, in an attachment)
      award = Budgets.amount(summary, Suppliers.AMOUNT_LABELS, text);
    }
    suppliers = Budgets.withTotal(suppliers, award);
    String region = firstNonBlank(() -> summary.get("行政区域"), () -> name(text, FieldLabels.REGION),
        () -> area(name(text, FieldLabels.PROJECT_PLACE)));
    String addressRead = BuyerAddresses.first(buyer, () -> summary.get("采购单位地址"),
        () -> summary.get("采购人地址"),
        () -> Labels.findName(text, FieldLabels.BUYER_ADDRESS), () -> blockName(lines, BUYER_BLOCK, ADDRESS_LINE),
        // a two-party table's buyer side before the address after the buyer's name: the agency's side may come first
        () -> BuyerAddresses.pairedTable(body), () -> BuyerAddresses.pairedLines(body),
        () -> BuyerAddresses.nearBuyer(text),
        // a notice naming an agency may give the agency's address first in its contact section
        () -> agency == null ? BuyerAddresses.inContactSection(text) : null);
    // the reader stops at a comma: the building the address goes on to after it is put back
    String buyerAddress = BuyerAddresses.continued(BuyerAddresses.tidy(addressRead), text);
    String projectName = name(text, FieldLabels.PROJECT_NAME);
    String category = firstNonBlank(() -> CategoryLabels.of(summary.get("品目"), projectName),
        () -> CategoryLabels.of(summary.get("品目名称"), projectName), () -> CategoryLabels.find(text, projectName),
        () -> Categories.of(lines, projectName));
    LocalDateTime both = LabelDates.date(text, FieldLabels.DEADLINE_AND_OPENING, false);
    // a correction's table of old and new values first: a label reader takes the old one
    LocalDateTime opening = firstNonNull(() -> Dates.parse(summary.get("开标时间")),
        () -> ChangeTables.date(body, ChangeTables.OPENING), () -> both,
        () -> BidDates.timedOpening(LabelDates.date(text, FieldLabels.OPENING, false), lines, text),
        () -> BidDates.headingDate(lines, BidDates.OPENING_HEADING, false),
        () -> BidDates.sentenceDate(text, BidDates.OPENING_SENTENCES, false),
        () -> LabelDates.yearless(text, FieldLabels.OPENING, false, published));
    // a call for comments' "请于…前送达" is when the comments are due, not bids
    boolean comments = NoticeTypes.consultation(title);
    LocalDateTime deadline = firstNonNull(() -> ChangeTables.date(body, ChangeTables.DEADLINE), () -> both,
        () -> LabelDates.date(text, FieldLabels.DEADLINE, true),
        () -> BidDates.headingDate(lines, BidDates.DEADLINE_HEADING, true),
        () -> SameDates.asOpening(text) ? opening : null,
        () -> comments ? null : BidDates.sentenceDate(text, BidDates.DEADLINE_SENTENCES, true),
        () -> comments ? null : BidDates.yearlessDeadline(text, published),
        () -> LabelDates.yearless(text, FieldLabels.DEADLINE, true, published));
    // "开标时间：同投标截止时间": the opening is the deadline
    LocalDateTime opened = opening != null || deadline == null || !SameDates.asDeadline(text) ? opening : deadline;
    List<String> noted = new ArrayList<>(problems);
    Stream.of(budget.problem(), maxPrice.problem(), awarded.problem()).filter(java.util.Objects::nonNull)
        .forEach(noted::add);
    Notice n = new Notice(NoticeTypes.withWinners(type, title, !suppliers.isEmpty()), title, published, buyer, agency,
        projectNo, budget.amount(), award, suppliers,
        region == null || region.isBlank() ? null : region, summary, parts, buyerAddress, category,
        maxPrice.amount(), deadline, opened, List.of());
    noted.addAll(Problems.missing(n));
    return n.withProblems(noted);
  }

  /**
   * "济南大学,济南大学,济南大学" (a buyer once per lot) is "济南大学"; distinct names stay as written; a role note after
   * the name is dropped.
   */
  static String oneName(String named) {
    // a sentence's name may carry the template's role note ("受某某管理处（采购人）的委托")
    String value = NameEnds.withoutRoleNote(named);
    if (value == null || !LIST_SEPARATOR.matcher(value).find()) {
      return value;
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String part : LIST_SEPARATOR.split(value)) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return names.size() == 1 ? names.getFirst() : value;
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
  static String firstNonBlank(Supplier<String>... sources) {
    for (Supplier<String> source : sources) {
      String v = source.get();
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** An administrative area's name ends in its level ("某省某市某县", "某市某区"); a 小区 or 园区 is a site. */
  private static final Pattern AREA = Pattern.compile("^[\\p{IsHan}·]{2,30}(?:省|市|县|(?<![小园])区|州|旗|盟)$");

  /** The place named, when it is an administrative area; else null. */
  private static String area(String place) {
    return place != null && AREA.matcher(place.strip()).matches() ? place.strip() : null;
  }

  private static String name(String text, List<String> labels) {
    Labels.Value v = Labels.find(text, labels);
    return v == null ? null : Labels.name(v.text());
  }

  private static String projectNo(String text) {
    String no = Labels.findProjectNo(text, FieldLabels.PROJECT_NO);
    if (no != null) {
      return no;
    }
    Labels.Value named = Labels.find(text, FieldLabels.PROJECT_NAME_AND_NO);
    Matcher m = named == null ? null : NUMBER_AFTER_NAME.matcher(named.text().strip());
    return m != null && m.find() ? m.group(1) : null;
  }

  /** Whether the title was made up (from the 项目名称, a first line, the URL): it names no owner then. */
  private static boolean madeUp(List<String> problems) {
    return problems.stream().anyMatch(p -> p.startsWith("title:"));
  }

  /** The first name that signs the notice and is of the kind asked (a buyer's, an agency's), or null. */
  private static String signed(List<Line> body, Predicate<String> kind) {
    NoticeDates.Signature s = NoticeDates.signature(body);
    return s == null ? null : s.names().stream().filter(kind).findFirst().orElse(null);
  }

  /**
   * "1.采购人信息" followed within six lines by "名 称：X" (or "地 址：Y"), or with it on the heading's own line
   * ("1.采购人信息 名称：X", 河北 V2020); never past the next party's heading, whose 名称 is that party's, nor past
   * another numbered heading.
   */
  private static String blockName(List<Line> body, Pattern heading, Pattern line) {
    for (int i = 0; i < body.size(); i++) {
      String text = body.get(i).text();
      String folded = Fold.fold(text);
      Matcher h = heading.matcher(folded);
      // both block headings end in 信息 (BUYER_BLOCK's second form after a .* that backtracks over the whole line)
      if (body.get(i).isRow() || !folded.contains("信息") || !h.lookingAt()) {
        continue;
      }
      Matcher same = line.matcher(text.substring(h.end()).strip());
      if (same.lookingAt()) {
        return Labels.name(same.group(1));
      }
      Matcher named = HEADING_VALUE.matcher(text.substring(h.end()));
      if (line == NAME_LINE && named.matches() && Labels.isName(named.group(1))) {
        return Labels.name(named.group(1)); // "1、采购人信息：某某市林业局": the heading is the name's label
      }
      for (int j = i + 1; j < Math.min(body.size(), i + BLOCK_LINES) && !partyHeading(body.get(j).text())
          && !NUMBERED_HEADING.matcher(Fold.fold(body.get(j).text())).matches(); j++) {
        Matcher m = line.matcher(body.get(j).text());
        if (m.lookingAt()) { // the heading and line patterns start with ^
          return Labels.name(m.group(1));
        }
      }
    }
    return null;
  }

  /**
   * How far a block's lines reach: 名称, 联系人, 联系电话, 传真, then 地址 (the older ccgp and 政采云 order puts the
   * address after the phones); a numbered heading with no label in it ends the block ("3.项目联系方式", "九、…")
   * before that, a numbered item ("2.地址：…") does not.
   */
  private static final int BLOCK_LINES = 7;
  private static final Pattern HEADING_VALUE = Pattern.compile("^\\s*[:：]\\s*(\\S.*)$");
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.、](?!\\d)|[一二三四五六七八九十]{1,3}\\s*[、.])[^:：]*$");

  private static boolean partyHeading(String line) {
    String folded = Fold.fold(line);
    return BUYER_BLOCK.matcher(folded).lookingAt() || AGENCY_BLOCK.matcher(folded).lookingAt();
  }
}
