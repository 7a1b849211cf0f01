package org.tenderwatch.saved;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MonitorQuerySerializer;
import org.apache.lucene.monitor.QueryMatch;
import org.tenderwatch.index.IndexedNotice;
import org.tenderwatch.index.NoticeQueries;
import org.tenderwatch.index.QuerySyntaxException;

/**
 * The saved searches as a Lucene Monitor on disk: query id = the search's SQL id, the query string kept beside the
 * parsed query (MonitorQuerySerializer.fromParser, DEPENDENCIES.md §3), so the Monitor reopens without SQL. SQL stays
 * the source of truth: {@link #reconcile} makes the Monitor hold exactly the stored searches. Public for the
 * benchmark, which times this class (not a stand-in) against a bare Lucene Monitor.
 */
public final class SavedSearchMonitor implements Closeable {
  private final NoticeQueries queries;
  private final Monitor monitor;

  public SavedSearchMonitor(Path dir) {
    this.queries = new NoticeQueries();
    MonitorQuerySerializer serializer = MonitorQuerySerializer.fromParser(this::parseStored);
    try {
      this.monitor = new Monitor(queries.analyzer(), new MonitorConfiguration().setIndexPath(dir, serializer));
    } catch (IOException e) {
      queries.close();
      throw new UncheckedIOException("cannot open the saved-search monitor at " + dir, e);
    }
  }

  private org.apache.lucene.search.Query parseStored(String query) {
    try {
      return queries.parse(query);
    } catch (QuerySyntaxException e) {
      // only valid queries are registered; one that no longer parses means the language changed under it
      throw new IllegalStateException("stored saved search no longer parses: " + e.getMessage(), e);
    }
  }

  public void register(long id, String name, String query) throws QuerySyntaxException {
    try {
      monitor.register(new MonitorQuery(Long.toString(id), queries.parse(query), query, Map.of("name", name)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register saved search " + name, e);
    }
  }

  void delete(long id) {
    try {
      monitor.deleteById(Long.toString(id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove saved search " + id + " from the monitor", e);
    }
  }

  /**
   * Makes the Monitor hold exactly {@code stored} (id → query): registers what is missing or changed, deletes
   * what SQL no longer has (a crash between the SQL write and the Monitor write leaves them apart).
   *
   * @return how many queries were registered or deleted
   */
  int reconcile(Map<Long, String[]> stored) throws IOException {
    int changed = 0;
    Set<String> keep = new HashSet<>();
    for (var e : stored.entrySet()) {
      String id = Long.toString(e.getKey());
      keep.add(id);
      MonitorQuery held = monitor.getQuery(id);
      if (held == null || !e.getValue()[1].equals(held.getQueryString())) {
        try {
          register(e.getKey(), e.getValue()[0], e.getValue()[1]);
          changed++;
        } catch (QuerySyntaxException bad) {
          throw new IllegalStateException("saved search " + e.getValue()[0] + ": " + bad.getMessage(), bad);
        }
      }
    }
    List<String> extra = monitor.getQueryIds().stream().filter(id -> !keep.contains(id)).toList();
    if (!extra.isEmpty()) {
      monitor.deleteById(extra);
      changed += extra.size();
    }
    return changed;
  }

  int count() throws IOException {
    return monitor.getQueryCount();
  }

  /** The ids of the saved searches that match the notice. */
  public List<Long> match(IndexedNotice notice) {
    try {
      MatchingQueries<QueryMatch> m = monitor.match(NoticeQueries.document(notice), QueryMatch.SIMPLE_MATCHER);
      if (!m.getErrors().isEmpty()) {
        throw new IllegalStateException("saved searches failed on notice " + notice.id() + ": " + m.getErrors());
      }
      return m.getMatches().stream().map(q -> Long.parseLong(q.getQueryId())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("matching saved searches on notice " + notice.id(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try (queries) {
      monitor.close();
    }
  }
}
