/**
 * The {@code run} daemon's schedule: each source on its own Quartz cron (in the settings' time zone), a run missed
 * while the daemon was down made up once at start, sources isolated from each other's failures, a graceful stop.
 * In memory by default; with {@code schedule.cluster}, Quartz's JDBC store, clustered, in the PostgreSQL store, so
 * several daemons share the schedules and recover a dead node's pass.
 */
package org.tenderwatch.schedule;
