package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tenderwatch.config.CaseRules;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.EntityAliases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tenderwatch.index.NoticeIndex;
import org.tenderwatch.store.Database;

/** What a pipeline opens besides its stores: the config files it reads when they are there, the index. */
final class Opening {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private Opening() {}

  /**
   * config/cases.yaml and config/entity-aliases.yaml are optional (a config folder from before issue 5 has
   * neither): without them title linking uses {@link CaseRules#DEFAULT} and screening has no Chinese aliases.
   */
  static CaseRules caseRules(Path home) {
    Path f = home.resolve("cases.yaml");
    return Files.exists(f) ? ConfigLoader.loadCaseRules(f) : CaseRules.DEFAULT;
  }

  static EntityAliases aliases(Path home) {
    Path f = home.resolve("entity-aliases.yaml");
    return Files.exists(f) ? ConfigLoader.loadAliases(f) : new EntityAliases(1, null, List.of(), List.of(), List.of());
  }

  /**
   * The index for writing (this process holds its lock) or for reading beside the process that does; when it cannot
   * be opened, {@code db} (opened just before) is closed, so a failed open leaves nothing open.
   */
  static NoticeIndex index(Path dir, boolean write, Database db) {
    try {
      return write ? NoticeIndex.open(dir) : NoticeIndex.openReader(dir);
    } catch (IOException e) {
      db.close();
      throw new UncheckedIOException("cannot open the index at " + dir, e);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Closing at the end of a command: a failure is logged, the rest still closes. */
  static void closeQuietly(java.io.Closeable c, String what) {
    try {
      c.close();
    } catch (IOException e) {
      LOG.warn("closing {}: {}", what, e.toString());
    }
  }
}
