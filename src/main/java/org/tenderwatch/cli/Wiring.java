package org.tenderwatch.cli;

import java.time.Clock;
import org.tenderwatch.digest.DigestRunner;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.web.WebParts;

/**
 * Hands the web UI and the digest the few parts of an open pipeline they use, so neither depends on the pipeline
 * (PackageRulesTest): the same store, index and saved searches the crawler writes, so its notices show at once.
 */
public final class Wiring {
  private Wiring() {}

  public static WebParts web(Pipeline p) {
    return new WebParts(p.store(), p.cases(), p.index(), p.saved(), p.database(), p.config().flags(),
        p.archiveDir());
  }

  /** The digest runner of an open pipeline, mailing as its settings say (SMTP or the outbox). */
  public static DigestRunner digest(Pipeline p, Clock clock) {
    return DigestRunner.of(p.database(), p.cases(), p.config(), clock);
  }
}
