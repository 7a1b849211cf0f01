package org.tenderwatch.web;

import static org.tenderwatch.web.Html.esc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenderwatch.store.Database;

/**
 * Source health from the crawler's own tables: per source the last run and its outcome ({@code sources}), the
 * frontier by status, and the latest failures with their causes. Each part is read on its own and shows
 * "not available" when its table is absent (an older or newer schema), so the page never fails as a whole.
 */
final class HealthPage {
  private final Database db;

  HealthPage(Database db) {
    this.db = db;
  }

  /** One table of rows, or why it is not there. */
  record Section(String title, List<String> columns, List<List<String>> rows, String unavailable) {}

  List<Section> sections() {
    List<Section> out = new ArrayList<>();
    out.add(read("Sources: last run", "sources", "SELECT id AS source, name, status, last_run_at,"
        // how long the last pass took, from its own start and end (ISO instants, with their fraction)
        + " (SELECT " + db.dialect().millisBetween("r.started_at", "r.finished_at") + " FROM crawl_runs r"
        + " WHERE r.source = sources.id ORDER BY r.started_at DESC LIMIT 1) AS last_run_ms, last_success_at,"
        + " last_notices, consecutive_failures, cause FROM sources ORDER BY id"));
    out.add(read("Frontier by source and status", "frontier", "SELECT source, kind, status, count(*) AS urls,"
        + " max(fetched_at) AS last_fetched FROM frontier GROUP BY source, kind, status ORDER BY source, kind, status"));
    out.add(read("Latest failures", "frontier", "SELECT source, kind, url, http_status, attempts, cause, fetched_at"
        + " FROM frontier WHERE status IN ('failed', 'blocked', 'gone')"
        + " ORDER BY fetched_at DESC NULLS LAST LIMIT 20"));
    return out;
  }

  /** The sections as maps, for /api/health. */
  static List<Map<String, Object>> json(List<Section> sections) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Section s : sections) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("title", s.title());
      if (s.unavailable() != null) {
        m.put("unavailable", s.unavailable());
      } else {
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : s.rows()) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < s.columns().size(); i++) {
            row.put(s.columns().get(i), r.get(i));
          }
          rows.add(row);
        }
        m.put("rows", rows);
      }
      out.add(m);
    }
    return out;
  }

  String render(Html.Request r, List<Section> sections) {
    StringBuilder b = new StringBuilder("<h1>Source health</h1><p>What the crawler recorded: a failed fetch is kept"
        + " with its cause and retried on the next pass.</p>");
    for (Section s : sections) {
      b.append("<h2>").append(esc(s.title())).append("</h2>");
      if (s.unavailable() != null) {
        b.append("<p class=\"muted\">Not available: ").append(esc(s.unavailable())).append("</p>");
        continue;
      }
      if (s.rows().isEmpty()) {
        b.append("<p class=\"muted\">Nothing recorded yet.</p>");
        continue;
      }
      b.append("<table class=\"health\"><thead><tr>");
      s.columns().forEach(c -> b.append("<th>").append(esc(HealthFormat.label(c))).append("</th>"));
      b.append("</tr></thead><tbody>");
      for (List<String> row : s.rows()) {
        b.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
          b.append("<td>").append(esc(HealthFormat.cell(s.columns().get(i), row.get(i)))).append("</td>");
        }
        b.append("</tr>");
      }
      b.append("</tbody></table>");
    }
    return Html.page("Source health", "health", r, b.toString());
  }

  private Section read(String title, String table, String sql) {
    synchronized (db) {
      try (Statement s = db.connection().createStatement()) {
        try (ResultSet t = db.connection().getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
          if (!t.next()) {
            return new Section(title, List.of(), List.of(), "this database has no " + table + " table");
          }
        }
        try (ResultSet rs = s.executeQuery(sql)) {
          ResultSetMetaData md = rs.getMetaData();
          List<String> cols = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            cols.add(md.getColumnLabel(i));
          }
          List<List<String>> rows = new ArrayList<>();
          while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= cols.size(); i++) {
              row.add(rs.getString(i));
            }
            rows.add(row);
          }
          return new Section(title, cols, rows, null);
        }
      } catch (SQLException e) {
        // a column this build expects is missing (a schema from another version): say so, keep the page
        return new Section(title, List.of(), List.of(), e.getMessage());
      }
    }
  }
}
