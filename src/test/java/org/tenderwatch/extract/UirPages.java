package org.tenderwatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.JsonNode;

/**
 * Test-side renderer: turns the text blocks of a real ccgp page (UIR JSON, whose upstream repository kept the text
 * but not the markup) back into a page in the ccgp "vF" template, so the real extractor can run on real text.
 * Headings, the 公告概要 table, paragraphs, lists and tables keep their order and their text exactly.
 */
final class UirPages {

  private static final Pattern PUB_TIME = Pattern.compile("^(\\d{4}年\\d{2}月\\d{2}日 \\d{2}:\\d{2})\\s*来源");

  private UirPages() {}

  static String render(JsonNode uir) {
    StringBuilder head = new StringBuilder();
    StringBuilder body = new StringBuilder();
    String crumbs = "";
    String title = null;
    String pubTime = "";
    String summary = "";
    boolean summaryNext = false;
    for (JsonNode b : uir.get("blocks")) {
      String type = b.get("type").asString();
      String text = b.path("text").isNull() ? "" : b.path("text").asString("");
      JsonNode attrs = b.get("attributes");
      Matcher pub = PUB_TIME.matcher(text);
      if (type.equals("heading") && title == null && "h2".equals(attrs.path("html_tag").asString(""))) {
        title = text;
      } else if (text.startsWith("当前位置：")) {
        crumbs = breadcrumb(text);
      } else if (pub.find()) {
        pubTime = pub.group(1);
      } else if (type.equals("heading") && text.equals("公告概要：")) {
        summaryNext = true;
      } else if (type.equals("table") && summaryNext) {
        summary = summaryTable(attrs.get("rows"));
        summaryNext = false;
      } else if (title == null) {
        head.append(block(type, text, attrs)); // site banner and menu, above the notice
      } else {
        body.append(block(type, text, attrs));
      }
    }
    return String.format(java.util.Locale.ROOT, """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>%1$s</title></head><body>
        <div class="top">%2$s</div>
        <div class="vF_deail_currentloc"><p>%3$s</p></div>
        <div class="vF_detail_main"><div class="vF_detail_header"><h2 class="tc">%1$s</h2>
        <p class="tc"><span id="pubTime">%4$s</span></p></div>
        %5$s
        <div class="vF_detail_content_container"><div class="vF_detail_content">%6$s</div></div></div>
        </body></html>
        """, esc(title), head, crumbs, esc(pubTime), summary, body);
  }

  private static String breadcrumb(String text) {
    List<String> links = new ArrayList<>();
    for (String part : text.substring("当前位置：".length()).split("»")) {
      links.add("<a class=\"CurrChnlCls\">" + esc(part.strip()) + "</a>");
    }
    return "当前位置：" + String.join(" » ", links);
  }

  /** Summary rows: "field => value"; a value "北京市 | 公告时间 | 2025…" is a row with two label/value pairs. */
  private static String summaryTable(JsonNode rows) {
    StringBuilder t = new StringBuilder("<div class=\"table\"><h5>公告概要：</h5><table><tbody>");
    for (JsonNode row : rows) {
      String field = row.path("field").asString("");
      String value = row.path("value").asString("");
      if (value.isEmpty()) {
        t.append("<tr><td colspan=\"4\"><b>").append(esc(field)).append("</b></td></tr>");
        continue;
      }
      String[] cells = value.split(" \\| ");
      t.append("<tr><td class=\"title\">").append(esc(field)).append("</td>");
      if (cells.length == 3) {
        t.append("<td>").append(esc(cells[0])).append("</td><td class=\"title\">").append(esc(cells[1]))
            .append("</td><td>").append(esc(cells[2])).append("</td>");
      } else {
        t.append("<td colspan=\"3\">").append(esc(value)).append("</td>");
      }
      t.append("</tr>");
    }
    return t.append("</tbody></table></div>").toString();
  }

  private static String block(String type, String text, JsonNode attrs) {
    return switch (type) {
      case "heading" -> {
        String tag = attrs.path("html_tag").asString("h3");
        yield "<" + tag + ">" + esc(text) + "</" + tag + ">";
      }
      case "list" -> {
        StringBuilder l = new StringBuilder("<ul>");
        for (JsonNode item : attrs.get("items")) {
          l.append("<li>").append(esc(item.asString())).append("</li>");
        }
        yield l.append("</ul>").toString();
      }
      case "table" -> table(attrs.get("rows"));
      default -> "<p>" + esc(text) + "</p>";
    };
  }

  /** Body tables: each row's first cell is "field", the rest is "value" joined with " | ". */
  private static String table(JsonNode rows) {
    StringBuilder t = new StringBuilder("<table><tbody>");
    for (JsonNode row : rows) {
      t.append("<tr><td>").append(esc(row.path("field").asString(""))).append("</td>");
      String value = row.path("value").asString("");
      if (!value.isEmpty()) {
        for (String cell : value.split(" \\| ", -1)) {
          t.append("<td>").append(esc(cell)).append("</td>");
        }
      }
      t.append("</tr>");
    }
    return t.append("</tbody></table>").toString();
  }

  private static String esc(String s) {
    return s == null ? "" : Entities.escape(s);
  }
}
