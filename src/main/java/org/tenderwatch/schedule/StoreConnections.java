package org.tenderwatch.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's connections to the store's PostgreSQL database, straight from the JDBC driver: the job store asks for
 * one per check-in or trigger acquisition (seconds apart), so a pool library would buy nothing but a dependency.
 * Quartz creates it by class name and sets {@code url} from {@link JobStores}.
 */
public final class StoreConnections implements ConnectionProvider {
  private String url;
  private String user = "";
  private String password = "";

  /** Set by Quartz from {@code org.quartz.dataSource.store.url}. */
  public void setUrl(String url) {
    this.url = url;
  }

  /** Set by Quartz; empty: the URL's. */
  public void setUser(String user) {
    this.user = user == null ? "" : user; // Quartz sets an empty property as null
  }

  /** Set by Quartz; empty: the URL's. */
  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return new JobStores.Cluster(url, user, password, "", 0).connect();
  }

  @Override
  public void shutdown() {
    // nothing pooled, nothing to close
  }

  @Override
  public void initialize() throws SQLException {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new SQLException("the clustered schedule needs a jdbc:postgresql: store.url, not " + url);
    }
  }
}
