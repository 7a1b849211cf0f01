package org.tenderwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** --config and --data, shared by every command, and how the command opens the data folder (see DataAccess). */
final class GlobalOptions {
  @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:TENDERWATCH_HOME:-.}/config/tenderwatch.yaml",
      description = "Settings file; sources/ and flags.yaml beside it are read too (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder: database, WARC archive, index (default: dataDir from the settings file).")
  Path data;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** The config, with --data applied; a data folder that is a file is a usage error. */
  Config load() {
    Config c = ConfigLoader.load(config);
    c = data == null ? c : c.withDataDir(data);
    Path dir = c.settings().dataDir();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError(where() + " " + dir + " is a file, not a folder: give a folder", Errors.USAGE);
    }
    return c;
  }

  /**
   * For commands that change the index or saved searches: this process writes (creating a missing data folder), or
   * the writer runs the command.
   */
  Pipeline open() {
    return open(load());
  }

  Pipeline open(Config c) {
    return DataAccess.write(c, invocation(), false);
  }

  /** Like open, for long commands: while this process writes, other processes' write commands run in it. */
  Pipeline openHosting(Config c) {
    return DataAccess.write(c, invocation(), true);
  }

  /**
   * For commands that only read: works beside a writer, sees its commits; a data folder that does not exist is an
   * error (exit 2), never created.
   */
  Pipeline read() {
    return DataAccess.shared(existing(), org.tenderwatch.pipeline.OpenMode.READ, invocation());
  }

  /** For commands that change only SQL rows (SQLite serializes them across processes): works beside a writer. */
  Pipeline sql() {
    return DataAccess.shared(load(), org.tenderwatch.pipeline.OpenMode.SQL, invocation());
  }

  /** For the daemons: the writer, or an error naming the process that is. */
  Pipeline exclusive(Config c) {
    return DataAccess.exclusive(c, invocation());
  }

  private DataAccess.Invocation invocation() {
    CommandLine root = command.commandLine();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    java.util.List<String> args = root.getParseResult() == null ? java.util.List.of()
        : root.getParseResult().originalArgs();
    return new DataAccess.Invocation(args, Path.of("").toAbsolutePath(), root.getOut(), root.getErr());
  }

  /** For reindex: the writer lock, once no other process writes (see DataAccess#writerLock). */
  org.tenderwatch.access.WriterLock writerLock(Config c) {
    return DataAccess.writerLock(c, invocation());
  }

  /** The loaded config, whose data folder must exist. */
  Config existing() {
    Config c = load();
    Path dir = c.settings().dataDir();
    if (!Files.isDirectory(dir)) {
      throw new UserError("no data folder at " + dir.toAbsolutePath() + " (" + where() + "): check the path, or run "
          + "`tenderwatch crawl` first to create it", Errors.USAGE);
    }
    return c;
  }

  private String where() {
    return data != null ? "--data" : "dataDir in " + config;
  }
}
