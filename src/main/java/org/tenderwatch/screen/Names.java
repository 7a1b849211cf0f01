package org.tenderwatch.screen;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How two spellings of one organization are made comparable. Chinese: widths folded (NFKC), brackets unified,
 * spaces dropped, the company-form suffix removed (四川云启（成都）科技有限公司 and 四川云启(成都)科技 compare
 * equal). English and pinyin: lower-case letters and digits only, so comparison is of the whole name, never of a
 * part: "yunda" is not "hyundai", "uestc" is not "ustc".
 */
public final class Names {
  /** Longest first: 股份有限公司 before 有限公司. */
  private static final List<String> ZH_SUFFIXES = List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司",
      "集团公司", "公司");
  private static final Pattern EN_SUFFIX = Pattern.compile(
      "(,?\\s*\\b(co\\.?|company|corp\\.?|corporation|inc\\.?|ltd\\.?|limited|llc|group|gufen|youxian|zeren|gongsi))+\\s*\\.?$");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

  /**
   * Built on first use (about 1.5 s of rule parsing): every command opens the pipeline and so the screener, but only
   * a Chinese name that no exact or alias match settles needs pinyin. ICU transliterators are not thread-safe; one
   * instance behind a lock is plenty for a few names a notice.
   */
  private static final class HanLatin {
    static final Transliterator INSTANCE = Transliterator.getInstance("Han-Latin; Latin-ASCII");
  }

  private Names() {}

  /** NFKC, unified brackets, no spaces: the form Chinese names are compared in, suffix kept. */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    s = s.replace('【', '(').replace('】', ')').replace('〔', '(').replace('〕', ')');
    return s.replaceAll("\\s+", "");
  }

  /** {@link #fold} without the company-form suffix ("有限公司"). */
  public static String zh(String name) {
    String s = fold(name);
    for (String suffix : ZH_SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
        return s.substring(0, s.length() - suffix.length());
      }
    }
    return s;
  }

  /** Latin name → compact key: "Zhongke Shuguang" → "zhongkeshuguang"; "Sugon Co., Ltd." → "sugon". */
  public static String latin(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    s = s.replaceAll("\\([^)]*\\)\\s*$", "").strip(); // "(NUDT)" abbreviations in brackets
    s = EN_SUFFIX.matcher(s).replaceAll("");
    return NOT_ALNUM.matcher(s).replaceAll("");
  }

  /** Chinese name → compact pinyin key after the suffix is removed: 中科曙光 → "zhongkeshuguang". */
  public static String pinyin(String name) {
    return latin(hanLatin(zh(name)));
  }

  /** ICU Han-Latin then Latin-ASCII: 深圳 → "shen zhen". */
  static String hanLatin(String text) {
    synchronized (HanLatin.INSTANCE) {
      return HanLatin.INSTANCE.transliterate(text);
    }
  }

  static boolean hasHan(String s) {
    return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
