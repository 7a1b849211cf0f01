package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.store.Database;

class HealthPageTest {
  @Test
  void aMissingTableIsReportedNotThrown(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(dir.resolve("t.db"))) {
      try (Statement s = db.connection().createStatement()) {
        s.execute("DROP TABLE frontier");
      }
      List<HealthPage.Section> sections = new HealthPage(db).sections();
      assertEquals(3, sections.size());
      assertNull(sections.get(0).unavailable(), "sources is still there");
      assertTrue(sections.get(1).unavailable().contains("no frontier table"));
      String html = new HealthPage(db).render(new Html.Request("t", null), sections);
      assertTrue(html.contains("Not available: this database has no frontier table"));
    }
  }

  @Test
  void aColumnFromAnotherSchemaVersionIsReportedNotThrown(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(dir.resolve("t.db"))) {
      try (Statement s = db.connection().createStatement()) {
        s.execute("ALTER TABLE sources DROP COLUMN cause");
      }
      HealthPage.Section sources = new HealthPage(db).sections().get(0);
      assertTrue(sources.unavailable().contains("cause"), sources.unavailable());
    }
  }

  @Test
  void showsLabelsMinutesInUtcAndDurationsNotColumnNamesAndNanoseconds(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(dir.resolve("t.db"))) {
      Instant start = Instant.parse("2026-12-06T04:10:12.123456789Z");
      new org.tenderwatch.crawl.HealthStore(db).record(new org.tenderwatch.crawl.HealthStore.Run("ccgp", "CCGP", start,
          start.plusMillis(4_300), "ok", null, 1, 2, 0, 0, 0, 0, 3, 0, 0), 3);
      HealthPage page = new HealthPage(db);
      String html = page.render(new Html.Request("t", null), page.sections());
      assertTrue(html.contains("<th>Last run</th><th>Last run took</th><th>Last success</th>"), html);
      assertTrue(html.contains("<td>2026-12-06 04:10 UTC</td><td>4.3 s</td><td>2026-12-06 04:10 UTC</td>"), html);
      assertFalse(html.contains("last_run_at") || html.contains("consecutive_failures"), "no column names");
      assertFalse(html.contains("16.423456789Z") || html.contains(".123456789"), "no nanoseconds");
    }
  }

  @Test
  void durationsAndTimesReadAsPeopleSayThem() {
    assertEquals("850 ms", HealthFormat.duration("850.0"));
    assertEquals("4.3 s", HealthFormat.duration("4300"));
    assertEquals("2 min 5 s", HealthFormat.duration("125000"));
    assertEquals("1 h 3 min", HealthFormat.duration("3780000"));
    assertEquals("2026-12-06 04:10 UTC", HealthFormat.cell("fetched_at", "2026-12-06T04:10:59.999999999Z"));
    assertEquals("yesterday", HealthFormat.cell("fetched_at", "yesterday"), "another form is shown, not hidden");
    assertEquals("HTTP status", HealthFormat.label("http_status"));
    assertEquals("", HealthFormat.cell("last_run_ms", null));
  }
}
