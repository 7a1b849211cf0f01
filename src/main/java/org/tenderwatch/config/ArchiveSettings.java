package org.tenderwatch.config;

import java.nio.file.Path;

/**
 * Where the WARC archive lives (the {@code archive} block).
 *
 * @param dir empty: {@code <dataDir>/warc}. Nodes of a cluster give the same folder, one every node mounts (NFS,
 *     a shared disk), so any node can rebuild its index from what another fetched
 */
public record ArchiveSettings(String dir) {
  public ArchiveSettings {
    FlagConfig.require(dir != null, "archive.dir: missing (\"\" for <dataDir>/warc)");
  }

  /** The archive folder for a data folder: {@code dir} when set, else the data folder's warc/. */
  public Path resolve(Path dataDir) {
    return dir.isBlank() ? dataDir.resolve("warc") : Path.of(dir);
  }
}
