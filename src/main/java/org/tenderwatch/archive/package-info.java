/**
 * The archive: every response the crawler receives (list pages, notices, attachments) is written to WARC files
 * under {@code <data>/warc/} with its fetch time, HTTP headers and SHA-256, before anything else looks at it.
 * Portals delete notices; the archive is the evidence analysts cite and the source of truth that {@code reindex}
 * replays without touching the network. Extension headers ({@code Tenderwatch-*}) record which source, notice
 * and attachment each record belongs to, so a replay rebuilds the same notice ids.
 */
package org.tenderwatch.archive;
