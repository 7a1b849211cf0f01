package org.tenderwatch.digest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/**
 * The digest log (tables digests and digest_items): which digest went to whom, and every (case, reason) it held.
 * A digest is recorded as sent only after the SMTP server (or the outbox) took it, in one transaction with its
 * items; a failed attempt records only its cause, so its items stay pending.
 *
 * <p>Before sending, a process claims the (subscriber, date) row ({@link #claim}): one statement that inserts the row
 * as 'sending' or takes over a failed one or a claim older than the lease, so that of two processes racing (two
 * cluster nodes, the daemon and a {@code digest} command) exactly one sends. A claim whose process died before the
 * log write turns stale after the lease and is claimed again, so a crash never loses a digest.
 */
final class DigestLog {
  private final Database db;

  DigestLog(Database db) {
    this.db = db;
  }

  static String key(String caseId, String reason) {
    return caseId + "\u0000" + reason;
  }

  /** "sent", "failed" or null (never tried) for this subscriber and date. */
  String status(String email, LocalDate date) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT status FROM digests WHERE email = ? AND digest_date = ?")) {
        ps.setString(1, email);
        ps.setString(2, date.toString());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("reading the digest log: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Takes the (subscriber, date) row for {@code claimant}: inserts it as 'sending', or takes it over when the last
   * attempt failed or an earlier claim was made before {@code staleBefore} (epoch ms). False when it is sent, or
   * another process holds a fresh claim. Committed at once, so other processes see the claim.
   */
  boolean claim(String email, LocalDate date, String claimant, long now, long staleBefore) {
    boolean[] won = new boolean[1];
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("""
          INSERT INTO digests (email, digest_date, status, attempts, updated_at, claimed_by, claimed_at)
          VALUES (?,?,'sending',0,?,?,?)
          ON CONFLICT(email, digest_date) DO UPDATE SET status = 'sending', claimed_by = excluded.claimed_by,
            claimed_at = excluded.claimed_at, updated_at = excluded.updated_at
          WHERE digests.status = 'failed' OR (digests.status = 'sending' AND digests.claimed_at < ?)""")) {
        ps.setString(1, email);
        ps.setString(2, date.toString());
        ps.setString(3, java.time.Instant.ofEpochMilli(now).toString());
        ps.setString(4, claimant);
        ps.setLong(5, now);
        ps.setLong(6, staleBefore);
        won[0] = ps.executeUpdate() == 1;
      }
    });
    return won[0];
  }

  /** Every (case, reason) already sent to this subscriber, as {@link #key} strings. */
  Set<String> sentKeys(String email) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "SELECT case_id, reason FROM digest_items WHERE email = ?")) {
        ps.setString(1, email);
        Set<String> out = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(key(rs.getString(1), rs.getString(2)));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("reading the digest log: " + e.getMessage(), e);
      }
    }
  }

  void sent(String email, LocalDate date, RenderedDigest d, List<DigestItem> items, String deliveredTo,
      Instant now) {
    db.inTransaction(() -> {
      Connection c = db.connection();
      long id = upsert(c, email, date, "sent", null, d, deliveredTo, now);
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO digest_items (email, case_id, reason, digest_id) VALUES (?,?,?,?) ON CONFLICT DO NOTHING")) {
        for (DigestItem item : items) {
          for (String reason : item.reasons()) {
            ps.setString(1, email);
            ps.setString(2, item.kase().caseId());
            ps.setString(3, reason);
            ps.setLong(4, id);
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
    });
  }

  /**
   * Records a failed send, but only while {@code claimant} still holds the claim: a send slower than the lease may
   * have been taken over and sent by another process, and writing 'failed' over its 'sent' would mail it again.
   */
  void failed(String email, LocalDate date, RenderedDigest d, String cause, String claimant, Instant now) {
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("""
          UPDATE digests SET status = 'failed', attempts = attempts + 1, cause = ?, subject = ?, cases = ?, hits = ?,
            updated_at = ?
          WHERE email = ? AND digest_date = ? AND status = 'sending' AND claimed_by = ?""")) {
        ps.setString(1, cause);
        ps.setString(2, d.subject());
        ps.setInt(3, d.flaggedCases());
        ps.setInt(4, d.searchHits());
        ps.setString(5, now.toString());
        ps.setString(6, email);
        ps.setString(7, date.toString());
        ps.setString(8, claimant);
        ps.executeUpdate();
      }
    });
  }

  private static long upsert(Connection c, String email, LocalDate date, String status, String cause,
      RenderedDigest d, String deliveredTo, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("""
        INSERT INTO digests (email, digest_date, status, attempts, cause, subject, cases, hits, delivered_to,
          updated_at, sent_at)
        VALUES (?,?,?,1,?,?,?,?,?,?,?)
        ON CONFLICT(email, digest_date) DO UPDATE SET status = excluded.status, attempts = digests.attempts + 1,
          cause = excluded.cause, subject = excluded.subject, cases = excluded.cases, hits = excluded.hits,
          delivered_to = excluded.delivered_to, updated_at = excluded.updated_at, sent_at = excluded.sent_at""")) {
      ps.setString(1, email);
      ps.setString(2, date.toString());
      ps.setString(3, status);
      ps.setString(4, cause);
      ps.setString(5, d.subject());
      ps.setInt(6, d.flaggedCases());
      ps.setInt(7, d.searchHits());
      ps.setString(8, deliveredTo);
      ps.setString(9, now.toString());
      ps.setString(10, status.equals("sent") ? now.toString() : null);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM digests WHERE email = ? AND digest_date = ?")) {
      ps.setString(1, email);
      ps.setString(2, date.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
