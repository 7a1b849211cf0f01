/**
 * Many processes on one data folder: the writer lock (one process writes the index at a time), the daemon's
 * loopback admin endpoint that runs write commands for other processes, and its client.
 */
package org.tenderwatch.access;
