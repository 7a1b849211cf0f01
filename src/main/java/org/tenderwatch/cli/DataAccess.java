package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.lucene.index.IndexNotFoundException;
import org.tenderwatch.access.AdminCall;
import org.tenderwatch.access.AdminClient;
import org.tenderwatch.access.AdminEndpoint;
import org.tenderwatch.access.WriterLock;
import org.tenderwatch.config.Config;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.store.StoreException;

/**
 * How a command opens the data folder beside other processes. Readers open it read-only and never wait. A writer
 * takes the writer lock; when another process holds it, the command is handed to that process's admin endpoint
 * (a daemon) or, when none listens, waits for the lock with one line saying for whom.
 */
final class DataAccess {
  /** How often a waiting command looks at the lock again; only how soon it notices, no setting. */
  private static final long POLL_MS = 250;

  /** The daemon's pipeline while it runs a command for another process (set on that call's thread only). */
  private static final ThreadLocal<Pipeline> HOSTED = new ThreadLocal<>();

  /** A command line as typed, where it was typed, and where it prints. */
  record Invocation(List<String> args, Path cwd, PrintWriter out, PrintWriter err) {
    String command() {
      return String.join(" ", args.stream().limit(3).toList());
    }
  }

  /** Thrown when the writer process ran the command: its output is printed, this is its exit code. */
  static final class HandedOver extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    HandedOver(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }
  }

  private DataAccess() {}

  /** READ or SQL: never waits for the writer, unless the folder was never set up and someone is setting it up. */
  static Pipeline shared(Config config, org.tenderwatch.pipeline.OpenMode mode, Invocation inv) {
    Pipeline hosted = HOSTED.get();
    if (hosted != null) {
      return hosted.share();
    }
    Path data = config.settings().dataDir();
    boolean said = false;
    while (true) {
      try {
        return Pipeline.open(config, Clock.systemUTC(), mode);
      } catch (StoreException | UncheckedIOException e) {
        if (e instanceof UncheckedIOException u && !(u.getCause() instanceof IndexNotFoundException)) {
          throw e;
        }
        if (e instanceof StoreException && e.getCause() != null && config.settings().store().postgres()) {
          throw e; // a server that cannot be reached or read is not a folder waiting to be set up
        }
      }
      WriterLock lock = WriterLock.tryAcquire(data, inv.command());
      if (lock != null) {
        return openLocked(config, lock); // nobody writes and the folder is not set up: set it up
      }
      said = waitLine(said, inv, data, "to set it up");
    }
  }

  /**
   * WRITE: this process becomes the writer, or hands the command to the writer, or waits for it.
   *
   * @param host when this process becomes the writer, take other processes' write commands while open (for long
   *     commands: a crawl, a reindex)
   */
  static Pipeline write(Config config, Invocation inv, boolean host) {
    Pipeline hosted = HOSTED.get();
    if (hosted != null) {
      return hosted.share();
    }
    Pipeline p = openLocked(config, acquire(config, inv));
    return host ? p.releasing(host(p)) : p;
  }

  /**
   * The writer lock alone, for reindex, which swaps the database and index files: it must never run inside a
   * process that has them open. Handed to the writer (a daemon, a crawl), it is refused there with a line saying
   * to stop that process; with no endpoint to hand it to, it waits for the lock. It takes no handed commands
   * itself: other writers wait until the swap is done, so no write lands in the store being replaced.
   */
  static WriterLock writerLock(Config config, Invocation inv) {
    if (HOSTED.get() != null) {
      Path data = config.settings().dataDir();
      throw new UserError("reindex swaps the database and index, so it cannot run inside " + WriterLock.holder(data)
          + ", which has them open: let a crawl finish, or stop the daemon (Ctrl-C on `run`/`serve`), then run "
          + "`tenderwatch reindex` again", Errors.FAILED);
    }
    return acquire(config, inv);
  }

  /** This process takes the writer lock, or hands the command to the writer (HandedOver), or waits for it. */
  private static WriterLock acquire(Config config, Invocation inv) {
    Path data = config.settings().dataDir();
    boolean said = false;
    while (true) {
      WriterLock lock = WriterLock.tryAcquire(data, inv.command());
      if (lock != null) {
        return lock;
      }
      AdminCall.Reply reply = AdminClient.exec(data, new AdminCall.Request(inv.args(), inv.cwd().toString()));
      if (reply != null) {
        inv.out().print(reply.out());
        inv.out().flush();
        inv.err().print(reply.err());
        inv.err().flush();
        throw new HandedOver(reply.exit());
      }
      said = waitLine(said, inv, data, "to finish");
    }
  }

  /** A daemon: the writer or nothing (two daemons on one folder would crawl everything twice). */
  static Pipeline exclusive(Config config, Invocation inv) {
    Path data = config.settings().dataDir();
    WriterLock lock = WriterLock.tryAcquire(data, inv.command());
    if (lock == null) {
      throw new UserError(WriterLock.holder(data) + " already writes " + data.toAbsolutePath()
          + "; stop it first, or give this one another --data folder", Errors.FAILED);
    }
    return openLocked(config, lock);
  }

  /** Lets other processes hand their write commands to this one while {@code p} is open. */
  static AdminEndpoint host(Pipeline p) {
    return AdminEndpoint.start(p.config().settings().dataDir(), req -> {
      Pipeline mine = p.share(); // throws once the daemon closed it: the caller then waits for the lock
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      HOSTED.set(mine);
      try {
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), Path.of(req.cwd()),
            req.args().toArray(String[]::new));
        return new AdminCall.Reply(code, out.toString(), err.toString());
      } finally {
        HOSTED.remove();
        mine.close();
      }
    });
  }

  private static Pipeline openLocked(Config config, WriterLock lock) {
    try {
      return Pipeline.open(config, Clock.systemUTC()).releasing(lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static boolean waitLine(boolean said, Invocation inv, Path data, String what) {
    if (!said) {
      inv.err().println("waiting for " + WriterLock.holder(data) + " (writing " + data.toAbsolutePath() + ") "
          + what + "; Ctrl-C gives up");
      inv.err().flush();
    }
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("gave up waiting for the writer", 1);
    }
    return true;
  }
}
