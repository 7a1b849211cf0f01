package org.tenderwatch.config;

import java.util.Locale;

/**
 * Where the SQL store lives: the embedded SQLite file in the data folder (url empty, the default), or a PostgreSQL
 * server that several nodes share (README "PostgreSQL store").
 *
 * @param url empty, or {@code jdbc:postgresql://host:port/db} (may carry {@code ?user=…&password=…})
 * @param user the PostgreSQL role; empty = the one in the URL
 * @param password the role's password; empty = the variable named by passwordEnv, else the URL's
 * @param passwordEnv name of an environment variable holding the password (keeps it out of the file)
 */
public record StoreSettings(String url, String user, String password, String passwordEnv) {
  public StoreSettings {
    FlagConfig.require(url != null && user != null && password != null && passwordEnv != null,
        "store: url, user, password and passwordEnv must be strings (empty for none)");
    FlagConfig.require(url.isBlank() || url.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql://"),
        "store.url: empty (SQLite in dataDir) or jdbc:postgresql://host:port/database");
  }

  /** The embedded default: SQLite in the data folder. */
  public static final StoreSettings SQLITE = new StoreSettings("", "", "", "");

  public boolean postgres() {
    return !url.isBlank();
  }

  /** The password to send: the key, else the environment variable, else none (the URL's, if it has one). */
  public String resolvedPassword() {
    if (!password.isEmpty()) {
      return password;
    }
    String env = passwordEnv.isEmpty() ? null : System.getenv(passwordEnv);
    return env == null ? "" : env;
  }
}
