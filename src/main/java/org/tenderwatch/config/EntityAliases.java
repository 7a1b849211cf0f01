package org.tenderwatch.config;

import java.util.List;

/**
 * config/entity-aliases.yaml: the Chinese names under which listed organizations appear in notices. The
 * Consolidated Screening List is in English; notices name buyers and suppliers in Chinese, so this table is the
 * primary key of screening.
 *
 * @param version bumped whenever entries change
 * @param bundledList a CSL file (CSV or JSON, relative to the config folder) imported when the database holds no
 *     list yet, so screening works out of the box; {@code entitylist import} replaces it
 * @param subunitSuffixes what a sub-unit name ends in ("学院", "实验室"): 四川大学计算机学院 is Sichuan University
 * @param campusSuffixes what a campus or branch name ends in ("分校", "校区"): 山东大学威海分校 is Shandong
 *     University; a place in brackets right after the listed name (哈尔滨工业大学（深圳）) is a campus too
 * @param entities one entry per listed organization
 */
public record EntityAliases(int version, String bundledList, List<String> subunitSuffixes,
    List<String> campusSuffixes, List<Entry> entities) {

  public EntityAliases {
    FlagConfig.require(version > 0, "version: must be a positive number");
    subunitSuffixes = subunitSuffixes == null ? List.of() : List.copyOf(subunitSuffixes);
    campusSuffixes = campusSuffixes == null ? List.of() : List.copyOf(campusSuffixes);
    entities = entities == null ? List.of() : List.copyOf(entities);
    for (int i = 0; i < entities.size(); i++) {
      Entry e = entities.get(i);
      FlagConfig.require(e != null && e.listed() != null && !e.listed().isBlank(),
          "entities[" + i + "].listed: the listed English name is missing");
      FlagConfig.require(!e.names().isEmpty(), "entities[" + i + "].names: at least one Chinese name");
    }
  }

  /**
   * @param listed the name as the list writes it ("University of Science and Technology of China")
   * @param names full Chinese names (also the prefixes sub-units are recognized by)
   * @param aliases short names (中科大, 川大): matched whole only, never as a sub-unit prefix
   */
  public record Entry(String listed, List<String> names, List<String> aliases) {
    public Entry {
      names = names == null ? List.of() : List.copyOf(names);
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }
}
