package org.tenderwatch.extract;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tenderwatch.extract.TextRender.Line;

/**
 * The dates a notice states after a label, and its publication (the portal's stamp, a metadata line, the signature);
 * bid dates that no label states are {@link BidDates}'.
 */
final class NoticeDates {

  private NoticeDates() {}

  /**
   * The names that sign a notice (nearest the date first: the agency's under the buyer's, or one run on before the
   * date) and the date they sign, as the last lines state them; names may be empty.
   */
  record Signature(List<String> names, LocalDateTime date) {}
  /** How many lines above a date line may hold a signing name ("某某大学" over "某某招标有限公司" over the date). */
  private static final int SIGNED_NAMES = 2;

  /**
   * A name run straight into its date at a line's end, as flattened pages keep a signature ("采购代理机构：某某招标中心
   * 2017年7月26日", "…电话：0512-62362601 苏州市立医院本部2022年9月13日"); a next section's number may follow
   * ("… 2017年7月26日 五、"). The name is checked by {@link PartyNames}, and the date is written 年月日 as signatures
   * are: "冷水江市人民检察院 2018-05-01" ending a flattened table is a delivery place and date.
   */
  private static final Pattern SIGNED = Pattern.compile(
      "([\\p{IsHan}()]{2,60})\\s*(?=\\d{4}\\s*年)" + Dates.DATE + "\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.])?\\s*$");
  /**
   * The same run on after a contact's value, its date written with dashes ("联系电话：0415-2590966 辽宁机电职业技术学院
   * 2019-07-17", "邮箱地址：x@yeah.net 某某学院 2019-7-11", a copy that lost its line breaks): after the contacts block
   * a name and a date close the notice, whatever way the date is written; so they do after a short result's award
   * ("成交价格：柒万伍仟元整（75,000.00元） 辽宁机电职业技术学院设备管理处 2019-7-12").
   */
  private static final Pattern SIGNED_AFTER_CONTACT = Pattern.compile(
      "^(?:[0-9]{1,2}[、.]\\s*)?[^\\s:]{0,8}(?:联系人|电话|联系方式|邮箱|邮箱地址|传真|邮编|地\\s*址|账\\s*号|价格|金额)\\s*:.*?\\s"
          + "([\\p{IsHan}()]{2,60})\\s*" + Dates.DATE + "\\s*$");
  /**
   * A day alone run on after the last contact's number, the notice's attachments or a view count after it ("电 话：
   * 16699260833 / 2026年03月16日 0 附件信息：…", "传 真：(0876)2613488 2016年2月25日 附件.doc", a copy that lost its line
   * breaks): written 年月日 as signatures are, and no sentence's date ("…2026年3月16日前报名"). Of days in a row the
   * last ("电 话： 16699260833 2026年02月27日 2026年03月16日 1"), as the last date line signs a page kept whole.
   */
  private static final Pattern DAY_AFTER_CONTACT = Pattern.compile("(?:联系人|电\\s*话|联系方式|手\\s*机|传\\s*真|邮\\s*编)"
      + "\\s*:\\s*\\(?[0-9][0-9()\\-—+、,/ ]{5,40}?\\s+(?:/\\s*)?(?:\\d{4}年\\d{1,2}月\\d{1,2}日\\s+)*(?=\\d{4}\\s*年)"
      + Dates.DATE
      + "(?!\\s*(?:前|止|起|至|以前|之前|\\(北京时间))(?:\\s|$)");
  /**
   * A party's labelled name run into a date at the line's end, whatever way the date is written ("采购人：某某中学采购代理
   * 机构：某某咨询有限公司2024-08-19", a copy that lost its line breaks): the label says the name is a party that signs,
   * unlike a flattened table's "冷水江市人民检察院 2018-05-01" (a delivery place and date), which {@link #SIGNED} leaves.
   */
  private static final Pattern SIGNED_PARTY = Pattern.compile("(?:采购代理机构|招标代理机构|代理机构|采购人|采购单位|招标人)"
      + "\\s*:\\s*([\\p{IsHan}()]{2,60}?)\\s*" + Dates.DATE + "\\s*$");
  /**
   * A day run on after an e-mail label left blank, at the line's end ("电子邮件： 电子邮件： 2021年06月23日", 新疆's
   * contacts, the agency's e-mail blank too, in a copy that lost its line breaks): an e-mail is never a date, so the
   * day is the signature's.
   */
  private static final Pattern DAY_AFTER_BLANK_MAIL =
      Pattern.compile("(?:邮件|邮箱)\\s*:\\s*(?=\\d{4}\\s*年)" + Dates.DATE + "\\s*$");
  /**
   * The attachments' file names run on after a signature ("某某公司 2026年07月06日 答疑文件正文.pdf 工程量清单.pdf", a copy
   * that lost its line breaks and kept the attachment list with no 附件 label to cut at): not the line's end.
   */
  private static final Pattern FILES_AFTER =
      Pattern.compile("(?:\\s+\\S{1,60}?\\.(?i:pdf|docx?|xlsx?|wps|zip|rar))+\\s*$");
  /** A name and its date run on are looked for in the last lines only: a signature closes the notice. */
  private static final int SIGNED_TAIL = 12;

  /**
   * When a plain page was published: ccgp's own date line first ({@link HeadDates#ccgpLine}); then a labelled 发布时间
   * that states a time beats the signature line's bare date (which keeps only the day); otherwise the signature date,
   * then a labelled day, then a correction's date.
   *
   * @param correction whether the notice is a correction: its "更正公告发布日期" is its own then
   */
  static LocalDateTime published(List<Line> body, String text, boolean correction) {
    LocalDateTime ccgp = HeadDates.ccgpLine(body);
    if (ccgp != null) {
      return ccgp; // a copied body's own 发布日期 is the source portal's, not this page's
    }
    LocalDateTime labelled = LabelDates.date(text, FieldLabels.PUBLISHED, false);
    if (labelled == null) {
      labelled = HeadDates.metaLine(body);
    }
    Signature signed = signature(body);
    if (signed == null) {
      // a copy that lost its line breaks: its signature is run into the contacts before it and the attachments after
      // it ("…电话：028-61152662 某某公司 2026年03月16日 相关附件：采购需求.docx"); not cut at cell gaps, as a flattened
      // table's last cells ("冷水江市人民检察院 2018-05-01") are a delivery place and date, not a signature
      signed = signature(RunOn.cutLines(body));
    }
    LocalDateTime signature = signed == null ? null : signed.date();
    if (labelled != null && (signature == null || labelled.toLocalTime().toSecondOfDay() != 0)) {
      return labelled;
    }
    LocalDateTime stamped = HeadDates.stamp(body);
    if (stamped != null) {
      return stamped; // the portal's time under the title keeps the precision the signature's day lacks
    }
    if (signature != null) {
      return signature;
    }
    if (labelled == null) {
      labelled = HeadDates.underHeading(body);
    }
    if (labelled == null) {
      labelled = HeadDates.bracketedDay(body);
    }
    if (labelled == null && correction) {
      labelled = LabelDates.date(text, FieldLabels.PUBLISHED_OWN_CORRECTION, false);
    }
    if (labelled == null) {
      labelled = LabelDates.date(text, FieldLabels.PUBLISHED_CORRECTION, false);
    }
    return labelled != null ? labelled : toldDay(text);
  }

  /**
   * The day a notice says it was published, in the 中国国际招标网 template's sentence ("…受招标人委托对下列产品…进行国际
   * 公开竞争性招标，于2025-09-19在中国国际招标网发布变更公告"): a bare 公告 or a correction's kind only, as a result or a
   * correction says "于…发布招标公告" of the earlier tender. Read when nothing else dates the notice.
   */
  private static final Pattern TOLD_DAY =
      Pattern.compile("于\\s*" + Dates.DATE + "\\s*在[^，,。；;\\n]{1,30}?发布(?:变更|更正|澄清)?公告");

  private static LocalDateTime toldDay(String text) {
    Matcher m = TOLD_DAY.matcher(text);
    return m.find() ? Dates.of(m, 1) : null;
  }

  /** A signature's date may carry its label ("采购人：某局" / "日期：2023年5月6日") in the last lines. */
  private static final Pattern DATE_LABEL = Pattern.compile("^\\s*日\\s*期\\s*[:：]\\s*");
  /**
   * A 时间 label over a signature's day, read only under a sealed party's line ("招标人：某某村民委员会（盖章）" /
   * "时间：2024年5月10日"): elsewhere "时间：" under "六、开标时间和地点" is the opening's.
   */
  private static final Pattern TIME_LABEL = Pattern.compile("^\\s*时\\s*间\\s*[:：]\\s*(?=[^:：]*$)");
  private static final Pattern SEALED = Pattern.compile("[(（]\\s*(?:盖章|签章|公章|盖公章|签字并盖章)\\s*[)）]\\s*$");
  /** That label and its day with an aggregator's summary run on after it ("日期：2023年08月07日 中标价(元) 14408342.2 …"). */
  private static final Pattern LABELLED_DAY = Pattern.compile("^\\s*日\\s*期\\s*:\\s*" + Dates.DATE + "(?:\\s|$)");

  /**
   * The notice's signature, from the last line that is one: a line that is nothing but a date (the name, when
   * there is one, on the line above it), or near the end a name run straight into its date. Null when none.
   */
  static Signature signature(List<Line> body) {
    List<String> lines = body.stream().filter(l -> !l.isRow()).map(Line::text).filter(t -> !t.isBlank()).toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      String dated = i >= lines.size() - SIGNED_TAIL ? DATE_LABEL.matcher(lines.get(i)).replaceFirst("") : lines.get(i);
      if (i >= lines.size() - SIGNED_TAIL && i > 0 && SEALED.matcher(lines.get(i - 1)).find()) {
        dated = TIME_LABEL.matcher(dated).replaceFirst(""); // "招标人：某某（盖章）" / "时间：2024年5月10日"
      }
      LocalDateTime whole = Dates.signatureDate(List.of(dated));
      if (whole != null && !signs(lines, i)) {
        continue;
      }
      if (whole != null) {
        List<String> names = new ArrayList<>();
        for (int j = i - 1; j >= Math.max(0, i - SIGNED_NAMES); j--) {
          String name = PartyNames.name(lines.get(j));
          if (name == null) {
            break;
          }
          names.add(name);
        }
        return new Signature(names, whole);
      }
      if (i >= lines.size() - SIGNED_TAIL) {
        String line = FILES_AFTER.matcher(lines.get(i)).replaceFirst("");
        String folded = Dates.digits(Fold.fold(line));
        Matcher m = SIGNED.matcher(folded);
        boolean found = folded.indexOf('年') >= 0 && m.find(); // SIGNED tries a 60-letter name at every offset
        if (!found) {
          m = SIGNED_AFTER_CONTACT.matcher(folded);
          found = m.find();
        }
        if (!found) {
          m = SIGNED_PARTY.matcher(folded);
          found = m.find();
        }
        // the name as written (full-width brackets kept): the same offsets unless Chinese numerals were rewritten
        String name = !found ? null
            : PartyNames.name(folded.length() == line.length() ? line.substring(m.start(1), m.end(1)) : m.group(1));
        LocalDateTime d = name == null ? null : Dates.of(m, 2);
        if (d != null) {
          return new Signature(List.of(name), d);
        }
        LocalDateTime day = bareDay(folded);
        if (day != null) {
          return new Signature(List.of(), day);
        }
      }
    }
    return null;
  }

  /**
   * A date line of cell-per-line text that is a value, not a signature: under a table's label ("定标时间" /
   * "2026-03-13", a colon after it or none; a note in brackets after the label, "投标截止时间（开标时间）"), or a piece of a
   * sentence ("…并于" / date / "（北京时间）前递交…", "至" / date).
   */
  private static final Pattern LABEL_ABOVE =
      Pattern.compile("^[\\p{IsHan}()]{2,12}(?:时间|日期)(?:\\([\\p{IsHan}、]{1,10}\\))?:?$");
  private static final Pattern SENTENCE_BEFORE = Pattern.compile("[于至自从到在]$");
  private static final Pattern SENTENCE_AFTER = Pattern.compile("^(?:\\(北京时间|前|止|起|至)");

  private static boolean signs(List<String> lines, int i) {
    return !underLabel(lines, i) && !inSentence(lines, i) && !underTitle(lines, i);
  }

  /** A notice's title is longer than its closing words ("特此公告"). */
  private static final int MIN_TITLE = 8;
  private static final Pattern CLOSING = Pattern.compile("特此|予以|如下|[，,。；;]");

  /**
   * Whether the date line at {@code i} stands under a line that reads as a notice's title: a listed notice's date (a
   * 推荐阅读 box or a pager whose items a script opens, so no link marks them as the site's frame: "上一篇：某某…成交公告"
   * / "2023-05-05"), or the page's own stamp under its heading ({@link HeadDates#underHeading}); a signature stands
   * under a name.
   */
  static boolean underTitle(List<String> lines, int i) {
    String above = i > 0 ? lines.get(i - 1).strip() : "";
    return above.length() >= MIN_TITLE && PageTitles.TITLE_END.matcher(above).find() && !CLOSING.matcher(above).find();
  }

  /**
   * Whether the date line at {@code i} is a value under its label ("开标时间" / "2024-05-20 09:30", "开标时间：" over it):
   * neither the portal's stamp nor a signature.
   */
  static boolean underLabel(List<String> lines, int i) {
    return i > 0 && LABEL_ABOVE.matcher(Fold.fold(lines.get(i - 1).strip())).matches();
  }

  /** Whether the date line at {@code i} is a piece of a sentence cut one span per line ("…并于" / date / "前递交…"). */
  static boolean inSentence(List<String> lines, int i) {
    String above = i > 0 ? Fold.fold(lines.get(i - 1).strip()) : "";
    String below = i + 1 < lines.size() ? Fold.fold(lines.get(i + 1).strip()) : "";
    return SENTENCE_BEFORE.matcher(above).find() || SENTENCE_AFTER.matcher(below).find();
  }

  /** A signature's day with no name: after a 日期 label, run on after the last contact's number or a blank e-mail. */
  private static LocalDateTime bareDay(String folded) {
    Matcher labelled = LABELLED_DAY.matcher(folded);
    LocalDateTime d = labelled.find() ? Dates.of(labelled, 1) : null;
    Matcher runOn = DAY_AFTER_CONTACT.matcher(folded);
    d = d != null || !runOn.find() ? d : Dates.of(runOn, 1);
    Matcher mail = DAY_AFTER_BLANK_MAIL.matcher(folded);
    return d != null || !mail.find() ? d : Dates.of(mail, 1);
  }
}
