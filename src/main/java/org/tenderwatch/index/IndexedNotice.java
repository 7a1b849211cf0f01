package org.tenderwatch.index;

import java.util.List;
import org.tenderwatch.extract.Notice;

/**
 * A notice as the search index takes it.
 *
 * @param id the stable notice id; indexing the same id again replaces the document
 * @param source the source id from config/sources ("ccgp")
 * @param url the notice page
 * @param flagCategories the categories the notice was flagged for ("nvidia_gpu"), empty if none
 * @param listedNames a party's name as written → its Entity List English name (中国科学技术大学 → University of
 *     Science and Technology of China), whatever the notice's date: a translation, not a screening verdict
 */
public record IndexedNotice(String id, String source, String url, Notice notice, List<String> flagCategories,
    java.util.Map<String, String> listedNames) {
  public IndexedNotice {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an indexed notice needs an id");
    }
    flagCategories = flagCategories == null ? List.of() : List.copyOf(flagCategories);
    listedNames = listedNames == null ? java.util.Map.of() : java.util.Map.copyOf(listedNames);
  }

  /** Without listed English names: the buyer and suppliers are still findable by their rendered English. */
  public IndexedNotice(String id, String source, String url, Notice notice, List<String> flagCategories) {
    this(id, source, url, notice, flagCategories, java.util.Map.of());
  }
}
