package org.tenderwatch.cli;

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

  Config load() {
    Config c = ConfigLoader.load(config);
    return data == null ? c : c.withDataDir(data);
  }

  /** The pipeline on the loaded config, for commands that only read or write the data folder. */
  Pipeline open() {
    return Pipeline.open(load(), Clock.systemUTC());
  }
}
