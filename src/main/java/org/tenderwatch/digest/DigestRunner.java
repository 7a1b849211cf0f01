package org.tenderwatch.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.Settings;
import org.tenderwatch.cases.CaseStore;
import org.tenderwatch.store.Database;

/**
 * Builds and sends the digest of one date to every subscriber, once.
 *
 * <p>Per subscriber: a digest of this date already sent → nothing; else the pending items up to the cutoff
 * (the run's time, but no later than the end of the date), none → no mail; else render, deliver, and only then log
 * it as sent with its items. A failed delivery logs its cause and leaves the items pending, so the next attempt
 * (the retry, or the next day's digest) carries them.
 *
 * <p>Several processes may run the same date at once (cluster nodes, the daemon beside a {@code digest} command):
 * each subscriber's digest is claimed in the store before it is rendered and sent ({@link DigestLog#claim}), so only
 * one of them sends it; the others report it as {@code sending-elsewhere} (a fresh claim) or {@code already-sent}.
 * A claim left by a process that died before writing the log is stale after {@link #CLAIM_LEASE} and is claimed
 * again by the next run (the retry, another node's recovery, the next day): nothing is lost. Only a crash after
 * the SMTP server accepted the mail and before the log write can send one twice (once the lease has passed).
 */
public final class DigestRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DigestRunner.class);

  private final Subscribers subscribers;
  private final SubscribersFile file;
  private final PendingItems pending;
  private final DigestLog log;
  private final DigestRenderer renderer;
  private final Settings.Digest settings;
  private final Mailer mailer;
  private final Clock clock;
  /** A claim older than this is taken as a send whose process died; it must outlast any one send. */
  static final java.time.Duration CLAIM_LEASE = java.time.Duration.ofMinutes(10);
  private java.time.Duration lease = CLAIM_LEASE;
  /** Who claims, in the digest log: this process and run. */
  private final String claimant = "pid " + ProcessHandle.current().pid() + " "
      + java.util.UUID.randomUUID().toString().substring(0, 8);

  public DigestRunner(Database db, CaseStore store, Config config, Mailer mailer, Clock clock) {
    this.subscribers = new Subscribers(db);
    this.file = SubscribersFile.load(config.home());
    this.log = new DigestLog(db);
    this.pending = new PendingItems(db, store, log);
    Map<String, String> labels = new LinkedHashMap<>();
    config.flags().categories().forEach((id, c) -> labels.put(id, c.label()));
    this.settings = config.settings().digest();
    this.renderer = new DigestRenderer(labels, settings.webBaseUrl(), settings::usd);
    this.mailer = mailer;
    this.clock = clock;
  }

  /** A runner mailing as the settings say (SMTP or the outbox). */
  public static DigestRunner of(Database db, CaseStore cases, Config c, Clock clock) {
    return new DigestRunner(db, cases, c, Mailer.of(c.settings().mail(), c.settings().dataDir(), System.getenv()),
        clock);
  }

  /**
   * What happened for one subscriber.
   *
   * @param status sent, failed, already-sent, sending-elsewhere (another process holds a fresh claim), nothing-new
   *     or dry-run
   * @param digest what was (or would be) sent; null for already-sent and nothing-new
   */
  public record Outcome(String email, String status, int items, String deliveredTo, String cause,
      RenderedDigest digest) {}

  /**
   * The digest of {@code date} for every subscriber.
   *
   * @param dryRun build and return the digests; send nothing, log nothing
   */
  public List<Outcome> run(LocalDate date, boolean dryRun) {
    Instant now = clock.instant();
    subscribers.sync(file, now);
    Instant endOfDate = date.plusDays(1).atStartOfDay(settings.timezone()).toInstant();
    Instant until = now.isBefore(endOfDate) ? now : endOfDate;
    List<Outcome> out = new ArrayList<>();
    for (Subscriber s : subscribers.list()) {
      out.add(runOne(s, date, until, now, dryRun));
    }
    return out;
  }

  /** For tests: a shorter lease, so a stale claim can be shown to be taken over. */
  DigestRunner withLease(java.time.Duration lease) {
    this.lease = lease;
    return this;
  }

  private Outcome runOne(Subscriber s, LocalDate date, Instant until, Instant now, boolean dryRun) {
    if (!dryRun && "sent".equals(log.status(s.email(), date))) {
      return new Outcome(s.email(), "already-sent", 0, null, null, null);
    }
    List<DigestItem> items = pending.find(s, until);
    if (items.isEmpty()) {
      return new Outcome(s.email(), "nothing-new", 0, null, null, null);
    }
    RenderedDigest d = renderer.render(date, items); // before the claim: a rendering that throws holds no claim
    if (dryRun) {
      return new Outcome(s.email(), "dry-run", items.size(), null, null, d);
    }
    long at = clock.millis();
    if (!log.claim(s.email(), date, claimant, at, at - lease.toMillis())) {
      return "sent".equals(log.status(s.email(), date)) ? new Outcome(s.email(), "already-sent", 0, null, null, null)
          : new Outcome(s.email(), "sending-elsewhere", 0, null, null, null);
    }
    try {
      String where = mailer.deliver(s, date, d, now);
      log.sent(s.email(), date, d, items, where, now);
      LOG.info("digest {} to {}: {} items, {}", date, s.email(), items.size(), where);
      return new Outcome(s.email(), "sent", items.size(), where, null, d);
    } catch (Exception e) {
      // SMTP down, refused, outbox not writable: a state, not a crash; the items stay pending
      String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.failed(s.email(), date, d, cause, claimant, now);
      LOG.warn("digest {} to {} not sent, will retry: {}", date, s.email(), cause);
      return new Outcome(s.email(), "failed", items.size(), null, cause, d);
    }
  }
}
