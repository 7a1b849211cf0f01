package org.tenderwatch.web;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tenderwatch.archive.WarcArchive;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/** The people who may sign in (table web_users) and their sessions (web_sessions). */
public final class WebUsers {
  /** A session lasts a working week; signing in again starts a new one. */
  static final Duration SESSION = Duration.ofDays(7);

  private static final String NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N}_.@-]{0,63}";

  private final Database db;
  private final Clock clock;

  public WebUsers(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Adds a user or replaces the password of an existing one. */
  public void put(String name, char[] password) {
    if (name == null || !name.matches(NAME)) {
      throw new IllegalArgumentException("a user name is one word of letters, digits, _ . @ - (at most 64): '"
          + name + "'");
    }
    if (password == null || password.length < 12) {
      throw new IllegalArgumentException("a password needs at least 12 characters");
    }
    String hash = Passwords.hash(password);
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO web_users (name, password_hash,"
          + " created_at) VALUES (?,?,?) ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash")) {
        ps.setString(1, name);
        ps.setString(2, hash);
        ps.setString(3, clock.instant().toString());
        ps.executeUpdate();
      }
      delete("DELETE FROM web_sessions WHERE user_name = ?", name); // a new password signs everybody out
    });
  }

  /** @return whether the user existed */
  public boolean remove(String name) {
    boolean[] found = new boolean[1];
    db.inTransaction(() -> found[0] = delete("DELETE FROM web_users WHERE name = ?", name) > 0);
    return found[0];
  }

  public List<String> names() {
    synchronized (db) {
      try (var s = db.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT name FROM web_users ORDER BY name")) {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("reading web users: " + e.getMessage(), e);
      }
    }
  }

  boolean any() {
    return !names().isEmpty();
  }

  /** Checks the password; on success starts a session and returns its cookie token, else null. */
  String signIn(String name, char[] password) {
    String stored = one("SELECT password_hash FROM web_users WHERE name = ?", name);
    // an unknown name costs the same hash as a wrong password, so timing does not tell which names exist
    boolean ok = Passwords.verify(password, stored == null ? DUMMY : stored) && stored != null;
    if (!ok) {
      return null;
    }
    String token = Passwords.token();
    Instant now = clock.instant();
    db.inTransaction(() -> {
      delete("DELETE FROM web_sessions WHERE expires_at < ?", now.toString());
      try (PreparedStatement ps = db.connection().prepareStatement(
          "INSERT INTO web_sessions (token_sha256, user_name, created_at, expires_at) VALUES (?,?,?,?)")) {
        ps.setString(1, digest(token));
        ps.setString(2, name);
        ps.setString(3, now.toString());
        ps.setString(4, now.plus(SESSION).toString());
        ps.executeUpdate();
      }
    });
    return token;
  }

  /** Checks a password without starting a session (HTTP Basic on the JSON API). */
  boolean check(String name, char[] password) {
    String stored = one("SELECT password_hash FROM web_users WHERE name = ?", name);
    return Passwords.verify(password, stored == null ? DUMMY : stored) && stored != null;
  }

  /** The user of a live session, or null. */
  String user(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    String expires = one("SELECT expires_at FROM web_sessions WHERE token_sha256 = ?", digest(token));
    if (expires == null || Instant.parse(expires).isBefore(clock.instant())) {
      return null;
    }
    return one("SELECT user_name FROM web_sessions WHERE token_sha256 = ?", digest(token));
  }

  void signOut(String token) {
    if (token != null) {
      db.inTransaction(() -> delete("DELETE FROM web_sessions WHERE token_sha256 = ?", digest(token)));
    }
  }

  private static final String DUMMY = Passwords.hash("not a password of anybody".toCharArray());

  private static String digest(String token) {
    return WarcArchive.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
  }

  private int delete(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
      ps.setString(1, arg);
      return ps.executeUpdate();
    }
  }

  private String one(String sql, String arg) {
    synchronized (db) {
      try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
        ps.setString(1, arg);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      } catch (SQLException e) {
        throw new StoreException("reading web sessions: " + e.getMessage(), e);
      }
    }
  }
}
