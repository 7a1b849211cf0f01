package org.tenderwatch.store;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stored notice in the shape of the JSON contract (DESIGN.md): {@code notices --format json} and the API
 * serialize it as is.
 *
 * @param problems what extraction could not find ("buyer: not found", "title: not found; the URL is used")
 */
public record NoticeView(
    String id,
    String url,
    String source,
    String type,
    String title,
    String publishedAt,
    String buyer,
    String agency,
    String projectNo,
    BigDecimal budgetCny,
    BigDecimal awardCny,
    List<Supplier> suppliers,
    List<FlagEvidence> flags,
    List<Screening> screening,
    List<String> linked,
    Archive archive,
    List<String> problems) {

  /** A notice without problems noted. */
  public NoticeView(String id, String url, String source, String type, String title, String publishedAt,
      String buyer, String agency, String projectNo, BigDecimal budgetCny, BigDecimal awardCny,
      List<Supplier> suppliers, List<FlagEvidence> flags, List<Screening> screening, List<String> linked,
      Archive archive) {
    this(id, url, source, type, title, publishedAt, buyer, agency, projectNo, budgetCny, awardCny, suppliers, flags,
        screening, linked, archive, List.of());
  }

  public NoticeView {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public record Supplier(String name, String lot, BigDecimal amountCny) {}

  /** @param location "notice page", "招标文件.pdf p.3", … */
  public record FlagEvidence(String category, String term, String snippet, String location) {}

  /**
   * A party of the notice on a screening list, screened at the notice's own date.
   *
   * @param party buyer or supplier
   * @param match exact, alias, pinyin or subunit
   * @param note "sub-unit of Sichuan University" for a sub-unit, else null
   * @param listVersion the list version that matched (sha256 prefix @ import day)
   */
  public record Screening(String party, String name, String listedName, String list, String match, String note,
      String listVersion) {}

  /** @param warc "file.warc.gz#urn:uuid:…": the record holding the original bytes */
  public record Archive(String sha256, String warc) {}
}
