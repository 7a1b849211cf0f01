/**
 * The {@code run} daemon's schedule: each source on its own Quartz cron (in the settings' time zone), a run missed
 * while the daemon was down made up once at start, sources isolated from each other's failures, a graceful stop.
 */
package org.tenderwatch.schedule;
