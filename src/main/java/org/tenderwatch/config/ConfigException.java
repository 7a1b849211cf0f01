package org.tenderwatch.config;

import java.nio.file.Path;

/** A config file that cannot be used. The message names the file, the key and what is wrong. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(Path file, String key, String problem) {
    super(file + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + problem);
  }

  public ConfigException(Path file, String key, String problem, Throwable cause) {
    super(file + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + problem, cause);
  }
}
