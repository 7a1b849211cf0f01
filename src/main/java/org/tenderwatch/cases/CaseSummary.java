package org.tenderwatch.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenderwatch.screen.EnglishNames;
import org.tenderwatch.store.NoticeView;

/**
 * What every view of a case says the same way (case page, dashboard, search hits, digest, exports): its Entity List
 * screening and its evidence. Pure.
 */
public final class CaseSummary {
  private CaseSummary() {}

  /** One piece of evidence and the notice of the case it was found in (for the link to its archived copy). */
  public record Evidence(NoticeView.FlagEvidence flag, NoticeView notice) {}

  /**
   * One piece of evidence for EVERY flagged category of the case, strongest first: the categories in {@code first}
   * (those that brought the case to the reader), then categories with more distinct evidence before fewer. Within a
   * category, the notice page (the portal's own words) before an attachment.
   */
  public static List<Evidence> evidence(CaseView c, List<String> first) {
    Map<String, List<Evidence>> byCategory = new LinkedHashMap<>();
    for (NoticeView n : c.notices()) {
      for (NoticeView.FlagEvidence f : n.flags()) {
        List<Evidence> l = byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>());
        if (l.stream().noneMatch(e -> e.flag().term().equals(f.term()) && e.flag().location().equals(f.location()))) {
          l.add(new Evidence(f, n));
        }
      }
    }
    if (byCategory.isEmpty()) { // a case assembled without its notices: the case's own list of flags
      c.flags().forEach(f -> byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>())
          .add(new Evidence(f, c.notice())));
    }
    Comparator<Map.Entry<String, List<Evidence>>> order = Comparator
        .<Map.Entry<String, List<Evidence>>>comparingInt(e -> first.contains(e.getKey()) ? 0 : 1)
        .thenComparing(e -> -e.getValue().size());
    return byCategory.entrySet().stream().sorted(order)
        .map(e -> e.getValue().stream().min(Comparator.comparingInt(CaseSummary::placeRank)).orElseThrow())
        .toList();
  }

  private static int placeRank(Evidence e) {
    return e.flag().location().startsWith("notice page") ? 0 : 1;
  }

  /**
   * "buyer 四川大学 = Sichuan University (exact)", "buyer 哈尔滨工业大学（深圳） = campus of Harbin Institute of
   * Technology (campus)": each party of each notice of the case, screened at that notice's date, once.
   */
  public static List<String> screening(CaseView c) {
    return c.screening().stream().map(CaseSummary::line).distinct().toList();
  }

  public static String line(NoticeView.Screening s) {
    return s.party() + " " + s.name() + " = " + (s.note() != null ? s.note() : s.listedName()) + " (" + s.match()
        + ")";
  }

  /**
   * The English name to show beside a Chinese one: the listed name when a screening hit names this party (the
   * Entity List's own English), else {@link EnglishNames} (table words in English, the rest in pinyin); null for a
   * name without Chinese characters, which needs none.
   */
  public static String english(List<NoticeView.Screening> screening, String name) {
    if (name == null || name.isBlank() || EnglishNames.of(name).equals(name)) {
      return null;
    }
    return screening.stream().filter(s -> s.name().equals(name)).map(NoticeView.Screening::listedName).findFirst()
        .orElseGet(() -> EnglishNames.of(name));
  }

  /** "深圳大学 (Shenzhen University)": the name as written with its English, for text and tables. */
  public static String bilingual(List<NoticeView.Screening> screening, String name) {
    String en = english(screening, name);
    return en == null ? name : name + " (" + en + ")";
  }

  /** The case's screening hits for one party ("buyer") and name as the notice writes it. */
  public static List<NoticeView.Screening> of(CaseView c, String party, String name) {
    return c.screening().stream().filter(s -> s.party().equals(party) && s.name().equals(name)).toList();
  }
}
