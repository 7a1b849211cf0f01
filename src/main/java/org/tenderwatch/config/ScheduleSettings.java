package org.tenderwatch.config;

/**
 * How the {@code run} daemon keeps its schedules (the {@code schedule} block).
 *
 * @param cluster false: Quartz's in-memory store, one daemon per data folder. true: Quartz's JDBC store, clustered,
 *     in the PostgreSQL database of {@code store.url}, so several daemons share the schedules: each source pass runs
 *     on one of them, and a pass whose node died is run again by another (Quartz recovery)
 * @param instanceId this node's name in the cluster; AUTO = host name plus start time
 * @param checkinIntervalMs how often a node tells the others it is alive; a node silent for about this long
 *     (plus a 7.5 s grace Quartz adds) is taken for dead and its passes recovered elsewhere
 */
public record ScheduleSettings(Boolean cluster, String instanceId, Integer checkinIntervalMs) {
  public ScheduleSettings {
    FlagConfig.require(cluster != null, "schedule.cluster: missing (true or false)");
    FlagConfig.require(instanceId != null && !instanceId.isBlank(), "schedule.instanceId: missing (AUTO or a name)");
    FlagConfig.require(checkinIntervalMs != null && checkinIntervalMs >= 500,
        "schedule.checkinIntervalMs: missing or under 500 ms");
  }

  /** The same block with the cluster on or off and another instance id (tests, one node of a cluster). */
  public ScheduleSettings clustered(boolean on, String id, int checkinMs) {
    return new ScheduleSettings(on, id, checkinMs);
  }
}
