package org.tenderwatch.extract;

import java.util.ArrayDeque;

/** Notes in brackets after a name ("X公司（地址：某市某路1号）"), where a colon starts no label of its own. */
final class BracketNotes {

  private BracketNotes() {}

  /**
   * Whether a bracket opened shortly before is still open at each offset: "X公司（地址：…）" is a name and its note, not
   * two labels. Only within {@link #NOTE_CHARS}: a stray bracket left open must not keep a whole run-on line uncut.
   */
  static boolean[] open(String folded) {
    boolean[] open = new boolean[folded.length() + 1];
    ArrayDeque<Integer> opened = new ArrayDeque<>();
    for (int i = 0; i <= folded.length(); i++) {
      open[i] = !opened.isEmpty() && i - opened.peek() <= NOTE_CHARS;
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (c == '(') {
        opened.push(i);
      } else if (c == ')' && !opened.isEmpty()) {
        opened.pop();
      }
    }
    return open;
  }

  /** How far a bracketed note after a name reaches ("（地址：某市某区某路某号）"). */
  private static final int NOTE_CHARS = 40;
}
