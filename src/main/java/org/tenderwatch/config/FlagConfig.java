package org.tenderwatch.config;

import java.util.List;
import java.util.Map;

/**
 * config/flags.yaml: the categories a notice is flagged for, as data. Analysts add categories and terms
 * here without touching code.
 *
 * @param version bumped whenever the lexicon changes, stored with every flag it produced
 * @param snippetChars characters of context on each side of a term in a flag's snippet
 * @param categories category id → its rules, in file order
 * @param changelog what changed in each version, newest first ("2: …"); for people, not matching
 */
public record FlagConfig(int version, int snippetChars, Map<String, Category> categories, List<String> changelog) {

  /** A lexicon without a changelog (tests, hand-built configs). */
  public FlagConfig(int version, int snippetChars, Map<String, Category> categories) {
    this(version, snippetChars, categories, List.of());
  }

  public FlagConfig {
    changelog = changelog == null ? List.of() : List.copyOf(changelog);
    require(version > 0, "version: must be a positive number");
    require(snippetChars > 0, "snippetChars: must be a positive number of characters");
    require(categories != null && !categories.isEmpty(), "categories: at least one category is needed");
    categories.forEach((id, c) -> {
      require(id.matches("[a-z][a-z0-9_]*"), "categories." + id + ": ids are lower_snake_case");
      require(c != null, "categories." + id + ": empty category");
    });
    categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
  }

  static void require(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * One category ("nvidia_gpu").
   *
   * @param label an English name for people who do not read Chinese
   * @param rules a notice part is flagged when any rule matches
   * @param exclude phrases that cancel a hit of this category when they stand within {@code excludeWithin}
   *     tokens of it ("美国焊接学会" beside AWS)
   * @param excludeWithin distance in tokens for {@code exclude}
   * @param mustMatch sentences the category must flag (run as tests)
   * @param mustNotMatch sentences it must not flag (run as tests)
   */
  public record Category(
      String label,
      List<Rule> rules,
      List<String> exclude,
      int excludeWithin,
      List<String> mustMatch,
      List<String> mustNotMatch) {

    public Category {
      require(label != null && !label.isBlank(), "label: missing");
      require(rules != null && !rules.isEmpty(), "rules: at least one rule is needed");
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
      require(exclude.isEmpty() || excludeWithin > 0, "excludeWithin: needed (in tokens) when exclude is given");
      mustMatch = mustMatch == null ? List.of() : List.copyOf(mustMatch);
      mustNotMatch = mustNotMatch == null ? List.of() : List.copyOf(mustNotMatch);
      rules = List.copyOf(rules);
    }
  }

  /**
   * Terms that flag on their own, or only near a context word when {@code near} is given.
   *
   * @param terms written forms; width and case do not matter ("A100" also finds "Ａ１００", "a100")
   * @param near context words, one of which must stand within {@code within} tokens of the term
   * @param within distance in tokens (a Chinese token is a two-character bigram)
   */
  public record Rule(List<String> terms, List<String> near, int within) {

    public Rule {
      require(terms != null && !terms.isEmpty(), "terms: at least one term is needed");
      require(terms.stream().noneMatch(t -> t == null || t.isBlank()), "terms: a term is blank");
      near = near == null ? List.of() : List.copyOf(near);
      require(near.isEmpty() || within > 0, "within: needed (in tokens) when near is given");
      terms = List.copyOf(terms);
    }
  }
}
