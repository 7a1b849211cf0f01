package org.tenderwatch.text;

/**
 * Where a piece of text was found.
 *
 * @param attachment the attachment's file name, or null for the notice page itself
 * @param page the 1-based PDF page, or null
 * @param section a finer place ("公告概要", "table row 3"), or null
 */
public record Location(String attachment, Integer page, String section) {

  public static final Location NOTICE_PAGE = new Location(null, null, null);

  public static Location summary() {
    return new Location(null, null, "公告概要");
  }

  /** The notice's title (flags match it like any other text). */
  public static Location title() {
    return new Location(null, null, "标题");
  }

  public static Location attachment(String name) {
    return new Location(name, null, null);
  }

  public static Location pdfPage(String name, int page) {
    return new Location(name, page, null);
  }

  /** A short human label: "notice page", "notice page / 公告概要", "招标文件.pdf p.3". */
  public String describe() {
    StringBuilder s = new StringBuilder(attachment == null ? "notice page" : attachment);
    if (page != null) {
      s.append(" p.").append(page);
    }
    if (section != null) {
      s.append(" / ").append(section);
    }
    return s.toString();
  }
}
