package org.tenderwatch.digest;

import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.cases.CaseView;

/**
 * One item of a digest: one case, and why it is in this subscriber's digest.
 *
 * @param categories flag categories of the case the subscriber follows and has not been sent for this case
 * @param searches saved searches the subscriber follows that newly matched a notice of the case
 */
public record DigestItem(CaseView kase, List<String> categories, List<String> searches) {
  public DigestItem {
    categories = List.copyOf(categories);
    searches = List.copyOf(searches);
  }

  /** The (case, reason) keys the digest log records: {@code category:nvidia_gpu}, {@code search:NAME}. */
  List<String> reasons() {
    List<String> out = new ArrayList<>();
    categories.forEach(c -> out.add("category:" + c));
    searches.forEach(s -> out.add("search:" + s));
    return out;
  }
}
