package org.tenderwatch.screen;

import com.ibm.icu.text.BreakIterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English rendering of a Chinese organization name for readers who do not read Chinese, when no list gives one
 * (a listed body's English name comes from its screening hit): the words of the bundled table
 * {@code screen/name-words.tsv} in English (大学 → University, 有限公司 → Co., Ltd.), every other word in Hanyu
 * Pinyin without tones, capitalized. Words are found by ICU's dictionary word break, so 深圳大学 reads "Shenzhen
 * University" and 合肥智域算力科技有限公司 "Hefei Zhiyu Suanli Technology Co., Ltd." (the split of an invented name
 * is ICU's guess). Before any of that, a body in the bundled table {@code screen/official-names.tsv} (Chinese
 * universities with their English names from a public dataset; provenance in {@code official-names.source.txt}) gets
 * its name from there, and a campus written with a bracketed qualifier (哈尔滨工业大学（深圳）) gets its body's name
 * with the qualifier rendered as above: "Harbin Institute of Technology (Shenzhen)". Pure after the tables are read.
 */
public final class EnglishNames {
  private static final Map<String, String> WORDS = load("/screen/name-words.tsv");
  private static final Map<String, String> OFFICIAL = folded(load("/screen/official-names.tsv"));
  /** A name with one trailing bracketed qualifier (after {@link Names#fold}, brackets are ASCII). */
  private static final Pattern QUALIFIED = Pattern.compile("(.+?)\\(([^()]+)\\)");
  private static final int LONGEST = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

  private EnglishNames() {}

  /** The English rendering, or the name as it is when it has no Chinese characters (null stays null). */
  public static String of(String name) {
    if (name == null || !Names.hasHan(name)) {
      return name;
    }
    String s = Names.fold(name);
    String official = official(s);
    if (official != null) {
      return official;
    }
    Matcher q = QUALIFIED.matcher(s);
    if (q.matches() && official(q.group(1)) != null) {
      return official(q.group(1)) + " (" + of(q.group(2)) + ")";
    }
    return rendered(s);
  }

  /** The English name the bundled dataset gives this body, or null when it does not list it. */
  static String official(String name) {
    return name == null ? null : OFFICIAL.get(Names.fold(name));
  }

  /** The word table, else pinyin, word by word. */
  private static String rendered(String s) {
    List<String> out = new ArrayList<>();
    BreakIterator words = BreakIterator.getWordInstance(Locale.CHINA);
    words.setText(s);
    int i = 0;
    while (i < s.length()) {
      String known = longestWordAt(s, i);
      if (known != null) {
        out.add(WORDS.get(known));
        i += known.length();
        continue;
      }
      int end = wordEnd(s, i, words);
      // single characters ICU does not know (潍 坊, 之 江: a place it lacks) read as one word: Weifang, Zhijiang
      while (end - i == 1 && end < s.length() && longestWordAt(s, end) == null && wordEnd(s, end, words) == end + 1
          && Names.hasHan(s.substring(end, end + 1))) {
        end++;
      }
      out.add(word(s.substring(i, end)));
      i = end;
    }
    return String.join(" ", out.stream().filter(w -> !w.isBlank()).toList()).replace("( ", "(").replace(" )", ")");
  }

  /** ICU's word from {@code i}, cut short where a table word starts inside it (深圳大学 → 深圳 + 大学). */
  private static int wordEnd(String s, int i, BreakIterator words) {
    int end = words.following(i);
    end = end == BreakIterator.DONE ? s.length() : end;
    for (int k = i + 1; k < end; k++) {
      if (longestWordAt(s, k) != null) {
        return k;
      }
    }
    return end;
  }

  private static String longestWordAt(String s, int at) {
    for (int len = Math.min(LONGEST, s.length() - at); len > 0; len--) {
      String w = s.substring(at, at + len);
      if (WORDS.containsKey(w)) {
        return w;
      }
    }
    return null;
  }

  /** One word in pinyin, syllables run together and capitalized: 深圳 → "Shenzhen"; Latin text as it is. */
  private static String word(String w) {
    if (!Names.hasHan(w)) {
      return w.strip();
    }
    String p = Names.hanLatin(w).replaceAll("[\\s'’]+", "");
    return p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1);
  }

  /** Table keys folded as names are, so 中国石油大学（北京） in the table matches however a notice writes it. */
  private static Map<String, String> folded(Map<String, String> table) {
    Map<String, String> m = new LinkedHashMap<>();
    table.forEach((zh, en) -> m.put(Names.fold(zh), en));
    return Map.copyOf(m);
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> m = new LinkedHashMap<>();
    try (InputStream in = EnglishNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          m.put(cols[0].strip(), cols[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
