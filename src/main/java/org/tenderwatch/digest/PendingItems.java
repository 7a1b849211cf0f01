package org.tenderwatch.digest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tenderwatch.cases.CaseStore;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/**
 * What is new for a subscriber: every (case, reason) they follow that was found after they subscribed, up to the
 * digest's cutoff, and that no sent digest of theirs holds yet. A reason is a flag category of the case (found when
 * its first flagged notice was fetched) or a saved search hit on one of its notices (found when it matched;
 * backfill hits never count). Items are grouped by case, newest notice first.
 */
final class PendingItems {
  private final Database db;
  private final CaseStore store;
  private final DigestLog log;

  PendingItems(Database db, CaseStore store, DigestLog log) {
    this.db = db;
    this.store = store;
    this.log = log;
  }

  List<DigestItem> find(Subscriber s, Instant until) {
    Set<String> sent = log.sentKeys(s.email());
    Map<String, Reasons> byCase = new LinkedHashMap<>();
    String categories = "SELECT l.case_id, f.category, min(n.fetched_at) FROM flags f"
        + " JOIN notices n ON n.id = f.notice_id JOIN links l ON l.notice_id = f.notice_id"
        + " GROUP BY l.case_id, f.category ORDER BY l.case_id, f.category";
    for (String[] row : rows(categories)) {
      if (s.categories().contains(row[1]) && within(row[2], s.since(), until)
          && !sent.contains(DigestLog.key(row[0], "category:" + row[1]))) {
        reasons(byCase, row[0]).categories().add(row[1]);
      }
    }
    String searches = "SELECT l.case_id, s.name, min(h.matched_at) FROM saved_search_hits h"
        + " JOIN saved_searches s ON s.id = h.search_id JOIN links l ON l.notice_id = h.notice_id"
        + " WHERE h.backfill = 0 GROUP BY l.case_id, s.name ORDER BY l.case_id, s.name";
    for (String[] row : rows(searches)) {
      if (s.searches().contains(row[1]) && within(row[2], s.since(), until)
          && !sent.contains(DigestLog.key(row[0], "search:" + row[1]))) {
        reasons(byCase, row[0]).searches().add(row[1]);
      }
    }
    List<DigestItem> items = new ArrayList<>();
    byCase.forEach((caseId, why) -> {
      CaseView c = store.caseView(caseId);
      if (c != null) {
        items.add(new DigestItem(c, List.copyOf(why.categories()), List.copyOf(why.searches())));
      }
    });
    items.sort(Comparator.comparing((DigestItem i) -> nullToEmpty(i.kase().notice().publishedAt())).reversed()
        .thenComparing(i -> i.kase().caseId()));
    return items;
  }

  /** Why a case is new for the subscriber: the flag categories and the saved searches, in the order found. */
  private record Reasons(Set<String> categories, Set<String> searches) {}

  private static Reasons reasons(Map<String, Reasons> byCase, String caseId) {
    return byCase.computeIfAbsent(caseId, k -> new Reasons(new LinkedHashSet<>(), new LinkedHashSet<>()));
  }

  /** Found after the subscriber's start and no later than the cutoff. */
  private static boolean within(String foundAt, Instant since, Instant until) {
    Instant t = Instant.parse(foundAt);
    return t.isAfter(since) && !t.isAfter(until);
  }

  private List<String[]> rows(String sql) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        List<String[]> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          String[] row = new String[n];
          for (int i = 0; i < n; i++) {
            row[i] = rs.getString(i + 1);
          }
          out.add(row);
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException(sql + ": " + e.getMessage(), e);
      }
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
