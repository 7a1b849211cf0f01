package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.crawl.SourceCrawler;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.PgTestDb;

/**
 * The backfill's windows and the channel gaps (migration V7) kept on PostgreSQL: the same steps give the same
 * states, pages, counts and gaps as on SQLite.
 */
class SearchStoresOnPostgresTest {
  private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2024, 12, 31);

  @Test
  void windowsAndGapsBehaveAsOnSqlite(@TempDir Path dir) throws Exception {
    List<String> lite;
    try (Database db = Database.open(dir.resolve("t.db"))) {
      lite = steps(db);
    }
    try (PgTestDb pg = PgTestDb.create(); Database db = Database.open(dir.resolve("unused.db"), pg.store())) {
      assertEquals(lite, steps(db));
    }
    assertEquals(List.of("a100 2024-01-01 2024-06-30 0 null", "progress 0/2",
        "a100 2024-01-01 2024-03-31 3 120", "{done=2, pending=1, split=1}", "progress 2/3",
        "open 1: ccgp list 2024-05-02..2024-06-20", "open 0, all 1 by ccgp-search"), lite);
  }

  /** Backfill steps: windows made, paged, split, done; a gap found and filled. What each step leaves, as text. */
  private static List<String> steps(Database db) throws Exception {
    List<String> out = new ArrayList<>();
    SearchWindows w = new SearchWindows(db, "ccgp-search", SINCE, UNTIL);
    Window h1 = new Window("a100", SINCE, LocalDate.of(2024, 6, 30), 0, null);
    Window h2 = new Window("a100", LocalDate.of(2024, 7, 1), UNTIL, 0, null);
    w.ensure(List.of(h1, h2));
    w.ensure(List.of(h1));
    Window first = w.next();
    out.add(first.term() + " " + first.from() + " " + first.to() + " " + first.pagesDone() + " " + first.results());
    out.add("progress " + w.progress().done() + "/" + w.progress().total());
    Window q1 = new Window("a100", SINCE, LocalDate.of(2024, 3, 31), 0, null);
    Window q2 = new Window("a100", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30), 0, null);
    w.split(first, q1, q2);
    w.page(q1, 3, 120, 60);
    w.page(q1, 3, null, 0);
    Window again = w.next();
    out.add(again.term() + " " + again.from() + " " + again.to() + " " + again.pagesDone() + " " + again.results());
    w.done(q1, null);
    w.done(q2, "one day over the cap");
    out.add(SearchWindows.counts(db, "ccgp-search", SINCE, UNTIL).toString());
    out.add("progress " + w.progress().done() + "/" + w.progress().total());

    try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO frontier (url, source, kind, status,"
        + " discovered_at, published_at) VALUES ('https://x/1', 'ccgp', 'notice', 'fetched', ?, '2024-05-02T09:00')")) {
      ps.setString(1, Instant.parse("2024-05-03T00:00:00Z").toString());
      ps.executeUpdate();
    }
    Gaps gaps = new Gaps(db);
    gaps.reached(new SourceCrawler.CapReached("ccgp", "list", LocalDateTime.of(2024, 6, 20, 10, 0)),
        Instant.parse("2024-06-21T00:00:00Z"));
    List<Gaps.Gap> open = gaps.open("ccgp");
    out.add("open " + open.size() + ": " + open.get(0).source() + " " + open.get(0).channel() + " "
        + open.get(0).from() + ".." + open.get(0).to());
    gaps.filled(open.get(0), "ccgp-search", Instant.parse("2024-06-22T00:00:00Z"));
    out.add("open " + gaps.open("ccgp").size() + ", all " + gaps.all("ccgp").size() + " by "
        + gaps.all("ccgp").get(0).filledBy());
    return out;
  }
}
