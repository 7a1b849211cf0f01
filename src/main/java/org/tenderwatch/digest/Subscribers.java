package org.tenderwatch.digest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tenderwatch.store.Database;
import org.tenderwatch.store.StoreException;

/** Subscribers and what they follow, in SQL (tables subscribers, subscriptions of migration V4). */
public final class Subscribers {
  /** Good enough to catch typos; the SMTP server is the real judge. */
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Database db;

  public Subscribers(Database db) {
    this.db = db;
  }

  /**
   * Adds a subscriber, or adds searches and categories to one who exists (their {@code since} is kept).
   *
   * @param since items found before this are not new for them
   */
  public Subscriber add(String email, String name, List<String> searches, List<String> categories, Instant since,
      String origin) {
    if (email == null || !EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
    }
    db.inTransaction(() -> {
      Connection c = db.connection();
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO subscribers (email, name, origin, since, created_at) VALUES (?,?,?,?,?)"
              + " ON CONFLICT(email) DO UPDATE SET name = coalesce(excluded.name, subscribers.name)")) {
        ps.setString(1, email);
        ps.setString(2, name);
        ps.setString(3, origin);
        ps.setString(4, since.toString());
        ps.setString(5, since.toString());
        ps.executeUpdate();
      }
      follow(c, email, "search", searches);
      follow(c, email, "category", categories);
    });
    return find(email);
  }

  /** Removes a subscriber with what they follow; their digest log stays (it is history). */
  public boolean remove(String email) {
    boolean[] removed = new boolean[1];
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement("DELETE FROM subscribers WHERE email = ?")) {
        ps.setString(1, email);
        removed[0] = ps.executeUpdate() > 0;
      }
    });
    return removed[0];
  }

  /**
   * Makes the config-file subscribers in SQL match the file: new ones are added with {@code since = now}, the
   * subscriptions of existing ones replaced, ones gone from the file removed. CLI subscribers are left alone.
   */
  public void sync(SubscribersFile file, Instant now) {
    Map<String, SubscribersFile.Entry> wanted = new LinkedHashMap<>();
    file.subscribers().forEach(e -> wanted.put(e.email(), e));
    for (Subscriber s : list()) {
      if (s.origin().equals("config") && !wanted.containsKey(s.email())) {
        remove(s.email());
      }
    }
    for (SubscribersFile.Entry e : wanted.values()) {
      Subscriber existing = find(e.email());
      if (existing != null && existing.origin().equals("config")) {
        db.inTransaction(() -> {
          try (PreparedStatement ps = db.connection().prepareStatement(
              "DELETE FROM subscriptions WHERE email = ?")) {
            ps.setString(1, e.email());
            ps.executeUpdate();
          }
        });
      }
      add(e.email(), e.name(), e.searches(), e.categories(), now, existing == null ? "config" : existing.origin());
    }
  }

  public Subscriber find(String email) {
    return list().stream().filter(s -> s.email().equals(email)).findFirst().orElse(null);
  }

  /** Every subscriber, by e-mail. */
  public List<Subscriber> list() {
    synchronized (db) {
      Connection c = db.connection();
      try (PreparedStatement ps = c.prepareStatement(
              "SELECT email, name, origin, since FROM subscribers ORDER BY email");
          PreparedStatement subs = c.prepareStatement(
              "SELECT kind, target FROM subscriptions WHERE email = ? ORDER BY kind, target")) {
        List<Subscriber> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> searches = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            subs.setString(1, rs.getString(1));
            try (ResultSet r2 = subs.executeQuery()) {
              while (r2.next()) {
                (r2.getString(1).equals("search") ? searches : categories).add(r2.getString(2));
              }
            }
            out.add(new Subscriber(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                searches, categories));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException("reading subscribers: " + e.getMessage(), e);
      }
    }
  }

  private static void follow(Connection c, String email, String kind, List<String> targets) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO subscriptions (email, kind, target) VALUES (?,?,?) ON CONFLICT DO NOTHING")) {
      for (String t : targets) {
        ps.setString(1, email);
        ps.setString(2, kind);
        ps.setString(3, t);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
