package org.tenderwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import picocli.CommandLine.Option;

/** --config and --data, shared by every command. */
final class GlobalOptions {
  @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:TENDERWATCH_HOME:-.}/config/tenderwatch.yaml",
      description = "Settings file; sources/ and flags.yaml beside it are read too (default: ${DEFAULT-VALUE}).")
  Path config;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder: database, WARC archive, index (default: dataDir from the settings file).")
  Path data;

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

  /** The pipeline on the loaded config, for commands that write the data folder (created when missing). */
  Pipeline open() {
    return Pipeline.open(load(), Clock.systemUTC());
  }

  /** The pipeline for commands that only read: a data folder that does not exist is an error, never created. */
  Pipeline openExisting() {
    return Pipeline.open(existing(), Clock.systemUTC());
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
