package org.tenderwatch.config;

import java.nio.file.Path;

/** Loads the config files once, at start, into typed records. */
public final class ConfigLoader {
  private ConfigLoader() {}

  public static FlagConfig loadFlags(Path file) {
    return YamlFiles.read(file, FlagConfig.class);
  }
}
