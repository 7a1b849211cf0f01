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
 */
public record IndexedNotice(String id, String source, String url, Notice notice, List<String> flagCategories) {
  public IndexedNotice {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an indexed notice needs an id");
    }
    flagCategories = flagCategories == null ? List.of() : List.copyOf(flagCategories);
  }
}
