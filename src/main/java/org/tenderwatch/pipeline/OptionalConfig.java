package org.tenderwatch.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tenderwatch.config.CaseRules;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.EntityAliases;

/** The config files a pipeline reads when they are there. */
final class OptionalConfig {
  private OptionalConfig() {}

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
    return Files.exists(f) ? ConfigLoader.loadAliases(f) : new EntityAliases(1, null, List.of(), List.of());
  }
}
