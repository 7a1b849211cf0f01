package org.tenderwatch.flag;

/** The evidence snippet: a window of the original text around a term, the term marked «term». */
final class Snippets {
  private Snippets() {}

  /**
   * Up to {@code chars} characters each side of {@code text[start, end)}, whitespace runs (including
   * the ideographic space U+3000 and line breaks from PDF pages) collapsed to one space.
   */
  static String around(String text, int start, int end, int chars) {
    int from = Math.max(0, start - chars);
    int to = Math.min(text.length(), end + chars);
    // do not cut a surrogate pair (rare CJK Extension B characters) in half
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to--;
    }
    String marked = text.substring(from, start) + "«" + text.substring(start, end) + "»" + text.substring(end, to);
    return marked.replaceAll("[\\s\\u3000\\u00A0]+", " ").strip();
  }
}
