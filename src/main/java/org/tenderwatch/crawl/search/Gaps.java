package org.tenderwatch.crawl.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.crawl.SourceCrawler;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/**
 * Channel gaps (table channel_gaps): a channel walk read every list page it may without meeting a known notice, so
 * notices between the source's last pass and the oldest one the walk saw may never have been listed to us. The gap
 * runs from the newest publication date the source knew before this pass to that oldest date; the next search pass
 * of a search source whose hits are this source's notices searches the period and marks the gap filled.
 */
public final class Gaps {
  private static final Logger LOG = LoggerFactory.getLogger(Gaps.class);

  /** One gap; {@code filledAt} null while open. */
  public record Gap(long id, String source, String channel, LocalDate from, LocalDate to, Instant foundAt,
      Instant filledAt, String filledBy) {}

  private final Database db;

  public Gaps(Database db) {
    this.db = db;
  }

  /**
   * Records the gap a walk that reached its page cap reveals, if any: none on a source's first pass (nothing was
   * known, so nothing can have been skipped between passes; history is what backfill is for).
   */
  public void reached(SourceCrawler.CapReached c, Instant passStarted) {
    if (c.oldestSeen() == null) {
      return;
    }
    LocalDate to = c.oldestSeen().toLocalDate();
    String newestKnown = newestKnownBefore(c.source(), passStarted);
    if (newestKnown == null) {
      return;
    }
    LocalDate from = java.time.LocalDateTime.parse(newestKnown).toLocalDate();
    if (from.isAfter(to)) {
      from = to;
    }
    LocalDate f = from;
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO channel_gaps"
          + " (source, channel, from_date, to_date, found_at) VALUES (?,?,?,?,?)")) {
        ps.setString(1, c.source());
        ps.setString(2, c.channel());
        ps.setString(3, f.toString());
        ps.setString(4, to.toString());
        ps.setString(5, passStarted.toString());
        ps.executeUpdate();
      }
    });
    LOG.warn("{}: {} read to its page cap without meeting a known notice: gap {} – {} recorded for the next"
        + " search pass", c.source(), c.channel(), f, to);
  }

  private String newestKnownBefore(String source, Instant passStarted) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT max(published_at) FROM frontier"
          + " WHERE source = ? AND kind = 'notice' AND discovered_at < ? AND published_at IS NOT NULL")) {
        ps.setString(1, source);
        ps.setString(2, passStarted.toString());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("gaps: " + e.getMessage(), e);
      }
    }
  }

  /** The open gaps of a source, oldest found first. */
  public List<Gap> open(String source) {
    return select("WHERE source = ? AND filled_at IS NULL ORDER BY id", source);
  }

  /** Every gap of a source, newest first (for status). */
  public List<Gap> all(String source) {
    return select("WHERE source = ? ORDER BY id DESC", source);
  }

  private List<Gap> select(String where, String source) {
    List<Gap> out = new ArrayList<>();
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement("SELECT id, source, channel, from_date, to_date,"
          + " found_at, filled_at, filled_by FROM channel_gaps " + where)) {
        ps.setString(1, source);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String filled = rs.getString(7);
            out.add(new Gap(rs.getLong(1), rs.getString(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                LocalDate.parse(rs.getString(5)), Instant.parse(rs.getString(6)),
                filled == null ? null : Instant.parse(filled), rs.getString(8)));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("gaps: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The period was searched for every term, to the end. */
  public void filled(Gap g, String by, Instant now) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "UPDATE channel_gaps SET filled_at = ?, filled_by = ? WHERE id = ?")) {
        ps.setString(1, now.toString());
        ps.setString(2, by);
        ps.setLong(3, g.id());
        ps.executeUpdate();
      }
    });
  }
}
