package org.tenderwatch.cli;

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

  Config load() {
    Config c = ConfigLoader.load(config);
    return data == null ? c : c.withDataDir(data);
  }

  /** For commands that change the index or saved searches: this process writes, or the writer runs the command. */
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

  /** For commands that only read: works beside a writer, sees its commits. */
  Pipeline read() {
    return DataAccess.shared(load(), org.tenderwatch.pipeline.OpenMode.READ, invocation());
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
}
