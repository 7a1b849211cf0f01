package org.tenderwatch.flag;

import java.util.Comparator;

/** Where in a text part's original string a category's term was found. */
record Occurrence(String category, int categoryOrder, int start, int end) {
  static final Comparator<Occurrence> ORDER =
      Comparator.comparingInt(Occurrence::start)
          .thenComparingInt(Occurrence::categoryOrder)
          .thenComparing(Comparator.comparingInt(Occurrence::end).reversed());

  /** Same category and this span contains the other. */
  boolean covers(Occurrence other) {
    return category.equals(other.category) && start <= other.start && other.end <= end;
  }
}
