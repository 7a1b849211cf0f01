package org.tenderwatch.schedule;

import java.util.Properties;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz's properties for the two ways the daemon keeps schedules: in memory (one daemon), or Quartz's JDBC job
 * store, clustered, in the store's PostgreSQL database (several daemons share the schedules and recover each
 * other's passes).
 */
public final class JobStores {
  /** Every node of a cluster must use the same scheduler name: Quartz's tables are keyed by it. */
  static final String CLUSTER_NAME = "tenderwatch";

  /**
   * One node's part in the clustered schedule.
   *
   * @param url the store's jdbc:postgresql: URL
   * @param user the role, empty for the URL's
   * @param password the role's password, empty for the URL's
   * @param instanceId this node's name; AUTO = host name plus start time
   * @param checkinIntervalMs how often the node checks in; silent longer (plus 7.5 s) = dead, its passes recovered
   */
  public record Cluster(String url, String user, String password, String instanceId, long checkinIntervalMs) {
    /** A connection to the store's database as this node's role. */
    java.sql.Connection connect() throws java.sql.SQLException {
      java.util.Properties p = new java.util.Properties();
      if (!user.isBlank()) {
        p.setProperty("user", user);
      }
      if (!password.isEmpty()) {
        p.setProperty("password", password);
      }
      return java.sql.DriverManager.getConnection(url, p);
    }
  }

  private JobStores() {}

  static Properties ram(String name, int threads) {
    Properties p = common(name, threads);
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    return p;
  }

  /**
   * A new clustered scheduler of this node under {@code name} (its own rows in Quartz's tables, which are created
   * the first time). It is left out of Quartz's per-JVM registry of schedulers, so two nodes in one JVM (a test)
   * stay two nodes, and the crawl schedules' scheduler is never the one returned.
   */
  public static org.quartz.Scheduler clusteredScheduler(Cluster c, String name, int threads)
      throws org.quartz.SchedulerException {
    QuartzTables.ensure(c);
    Properties p = clustered(c, threads);
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, name);
    org.quartz.Scheduler s = new StdSchedulerFactory(p).getScheduler();
    org.quartz.impl.SchedulerRepository.getInstance().remove(name);
    return s;
  }

  private static Properties clustered(Cluster c, int threads) {
    Properties p = common(CLUSTER_NAME, threads);
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, c.instanceId());
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", "store");
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(c.checkinIntervalMs()));
    // job data as strings (the source id), not serialized Java objects
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    // the row lock around trigger acquisition: two nodes never take the same firing
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty("org.quartz.dataSource.store.connectionProvider.class", StoreConnections.class.getName());
    p.setProperty("org.quartz.dataSource.store.url", c.url());
    p.setProperty("org.quartz.dataSource.store.user", c.user());
    p.setProperty("org.quartz.dataSource.store.password", c.password());
    return p;
  }

  private static Properties common(String name, int threads) {
    Properties p = new Properties();
    p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, name);
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(Math.max(1, threads)));
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    return p;
  }
}
