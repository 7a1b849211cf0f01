package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
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
}
