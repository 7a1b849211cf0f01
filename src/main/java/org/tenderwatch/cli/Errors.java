package org.tenderwatch.cli;

import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import org.tenderwatch.config.ConfigException;

/**
 * Turns what went wrong into the one line a person can act on, and the exit code a script can use: 0 all good,
 * 1 the work failed, 2 usage or config error. Rules as a table, first match wins; anything unforeseen prints its
 * own message and, with --debug, the stack trace.
 */
final class Errors {
  /** Exit code: the work failed (a source fetched nothing, a notice could not be stored, damage found). */
  static final int FAILED = 1;
  /** Exit code: the command line or the config cannot be used. */
  static final int USAGE = 2;

  private Errors() {}

  /** A line and an exit code. */
  record Verdict(String message, int exitCode) {}

  static Verdict of(Throwable e) {
    if (e instanceof UserError u) {
      return new Verdict(u.getMessage(), u.exitCode());
    }
    if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
      return new Verdict(e.getMessage(), USAGE);
    }
    if (e instanceof StackOverflowError) {
      return new Verdict("input nests too deep to process (" + e + ")", USAGE);
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      Verdict v = cause(c);
      if (v != null) {
        return v;
      }
    }
    String what = e.getMessage() == null ? e.toString() : firstLine(e.getMessage());
    return new Verdict(what + " (run again with --debug for details)", FAILED);
  }

  private static Verdict cause(Throwable c) {
    String msg = String.valueOf(c.getMessage());
    String lower = msg.toLowerCase(Locale.ROOT);
    if (c instanceof BindException || c instanceof IllegalStateException && lower.startsWith("cannot listen on")) {
      return new Verdict(msg, USAGE);
    }
    if (lower.contains("no space left on device") || lower.contains("sqlite_full")) {
      return new Verdict("the disk is full (" + firstLine(msg) + "): free space and run the command again; what "
          + "was stored before is kept", FAILED);
    }
    if (c instanceof AccessDeniedException || c instanceof ReadOnlyFileSystemException
        || lower.contains("read-only file system") || lower.contains("sqlite_readonly")
        || lower.contains("attempt to write a readonly database")) {
      return new Verdict("cannot write in the data folder (" + firstLine(msg) + "): make it writable or point "
          + "--data at a folder you can write", USAGE);
    }
    if (lower.contains("sqlite_notadb") || lower.contains("file is not a database") || lower.contains("sqlite_corrupt")
        || lower.contains("malformed")) {
      return new Verdict("the database is damaged (" + firstLine(msg) + "): move tenderwatch.db (and its -wal, -shm "
          + "files) out of the data folder and run `tenderwatch reindex` to rebuild it from the archive", FAILED);
    }
    if (c instanceof SQLException q && q.getSQLState() != null
        && (q.getSQLState().startsWith("08") || q.getSQLState().startsWith("28") || q.getSQLState().equals("3D000"))) {
      // PostgreSQL classes 08 (connection), 28 (authorization) and 3D000 (no such database)
      return new Verdict("cannot reach the PostgreSQL store (" + firstLine(msg) + "): check store.url, that the "
          + "server runs and the role's password", FAILED);
    }
    if (c instanceof FileSystemException f) {
      return new Verdict("cannot use " + f.getFile() + ": " + firstLine(msg), FAILED);
    }
    return null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
