package org.tenderwatch.cases;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title similarity for notices without a project number: the tender "X采购项目竞争性磋商公告" and the award
 * "X采购项目成交公告" name the same project once the notice-type suffix is gone. Pure functions.
 */
final class Titles {
  /** Bracketed tails such as "（二次）" or "(采购包1)" say which round or lot, not which project. */
  private static final Pattern TRAILING_BRACKETS = Pattern.compile("(\\s*[(\\[【][^)\\]】]*[)\\]】])+\\s*$");
  private static final Pattern TYPE_SUFFIX = Pattern.compile(
      "(的)?(公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|单一来源|招标|比选|磋商|谈判|中标|成交|中标\\(成交\\)|结果|终止|废标|流标"
          + "|更正|变更|澄清|采购)*(公告|公示|结果|通知)$");

  private Titles() {}

  /** The project part of a title: widths folded, spaces gone, bracketed tails and the type suffix removed. */
  static String core(String title) {
    if (title == null) {
      return "";
    }
    String s = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    s = TRAILING_BRACKETS.matcher(s).replaceAll("");
    return TYPE_SUFFIX.matcher(s).replaceAll("");
  }

  /** Jaccard similarity of the character bigrams of the two title cores, 0..1. */
  static double similarity(String a, String b) {
    Set<String> x = bigrams(core(a));
    Set<String> y = bigrams(core(b));
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return (double) both.size() / (x.size() + y.size() - both.size());
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }
}
