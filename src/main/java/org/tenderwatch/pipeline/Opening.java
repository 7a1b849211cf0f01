package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tenderwatch.config.CaseRules;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.EntityAliases;
import org.tenderwatch.index.NoticeIndex;

/** What a pipeline opens besides its stores: the config files it reads when they are there, the index. */
final class Opening {
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

  /** The index for writing (this process holds its lock) or for reading beside the process that does. */
  static NoticeIndex index(Path dir, boolean write) {
    try {
      return write ? NoticeIndex.open(dir) : NoticeIndex.openReader(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + dir, e);
    }
  }
}
