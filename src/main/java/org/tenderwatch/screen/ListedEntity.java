package org.tenderwatch.screen;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a screening list (CSL layout), cleaned of the file's quirks.
 *
 * @param id the CSL {@code _id}
 * @param list the list it comes from ("Entity List (EL) - Bureau of Industry and Security")
 * @param name the listed English name, trimmed
 * @param altNames aliases (English or pinyin), one per element, "and " prefixes removed
 * @param nameZh the Chinese name when the file carries one (the sample's extra {@code name_zh} column), else null
 * @param startDate the date the listing took effect, or null when the file does not say
 */
public record ListedEntity(
    String id, String list, String name, List<String> altNames, String nameZh, LocalDate startDate) {

  public ListedEntity {
    altNames = List.copyOf(altNames);
  }

  /** "Entity List (EL) - Bureau of Industry and Security" → "Entity List (EL)": what the JSON output shows. */
  public String shortList() {
    int dash = list.indexOf(" - ");
    return dash > 0 ? list.substring(0, dash).strip() : list;
  }
}
