package org.tenderwatch.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.tenderwatch.config.StoreSettings;

/**
 * A fresh PostgreSQL database for one test class (CREATE DATABASE tw_random … DROP), on the server named by
 * TENDERWATCH_TEST_PG (default: the one .ci/run starts on loopback). When no server answers the test skips with
 * "missing system package: postgresql", which .ci/run turns into a failure (it installs and starts one).
 */
public final class PgTestDb implements AutoCloseable {
  /** The server and a database the test role may connect to; its user and password travel in the URL. */
  public static final String ADMIN_URL = System.getenv().getOrDefault("TENDERWATCH_TEST_PG",
      "jdbc:postgresql://127.0.0.1:5432/tenderwatch?user=tenderwatch&password=tenderwatch");

  private final String name;
  private final String url;

  private PgTestDb(String name, String url) {
    this.name = name;
    this.url = url;
  }

  /**
   * Creates the database with C collation and UTF-8, as README asks of a real one: text sorts by code point there,
   * as in SQLite.
   */
  public static PgTestDb create() {
    String name = "tw_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return new PgTestDb(name, withDatabase(ADMIN_URL, name));
  }

  private static Connection admin() {
    try {
      return DriverManager.getConnection(ADMIN_URL);
    } catch (SQLException e) {
      Assumptions.abort("missing system package: postgresql (no server at " + ADMIN_URL.replaceAll("\\?.*", "")
          + ": " + e.getMessage() + ")");
      throw new AssertionError(e);
    }
  }

  /** The admin URL with its database (the path) replaced, query kept. */
  static String withDatabase(String url, String database) {
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? "" : url.substring(q);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
  }

  public String name() {
    return name;
  }

  public String url() {
    return url;
  }

  /** The store settings a config takes to use this database. */
  public StoreSettings store() {
    return new StoreSettings(url, "", "", "");
  }

  /**
   * The shipped config folder copied into {@code dir}, its tenderwatch.yaml pointing store.url at this database
   * and with no delay between requests (the portals are loopback servers); returns that file (for --config).
   */
  public Path configFolder(Path dir) throws IOException {
    return configFolder(dir, url);
  }

  /** The same, naming any store URL. */
  public static Path configFolder(Path dir, String url) throws IOException {
    org.tenderwatch.TestFiles.copyTree(Path.of("config"), dir);
    Path settings = dir.resolve("tenderwatch.yaml");
    pointAt(settings, url);
    String text = Files.readString(settings, StandardCharsets.UTF_8);
    Files.writeString(settings, text.replaceFirst("(?m)^  delayMs: \\d+", "  delayMs: 0"), StandardCharsets.UTF_8);
    return settings;
  }

  /** Sets store.url in a copy of the shipped settings file. */
  public static void pointAt(Path settings, String url) throws IOException {
    String text = Files.readString(settings, StandardCharsets.UTF_8);
    String changed = text.replaceFirst("(?m)^(store:\\n(?:  #.*\\n)*)  url: \"\"",
        "$1  url: \"" + java.util.regex.Matcher.quoteReplacement(url) + "\"");
    if (!changed.contains(url)) {
      throw new IllegalStateException("store.url not found in " + settings);
    }
    Files.writeString(settings, changed, StandardCharsets.UTF_8);
  }

  /** Drops the database, closing any session a test left open. */
  @Override
  public void close() {
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop " + name + ": " + e.getMessage(), e);
    }
  }
}
