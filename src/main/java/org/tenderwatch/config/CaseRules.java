package org.tenderwatch.config;

/**
 * config/cases.yaml: how the notices of one procurement are put together when the project number does not do it.
 *
 * @param titleSimilarity minimum Jaccard similarity of the two titles' character bigrams (type suffix removed)
 *     for a notice without a project number to join a case of the same buyer
 * @param maxDays the two notices are at most this many days apart
 */
public record CaseRules(double titleSimilarity, int maxDays) {
  public CaseRules {
    FlagConfig.require(titleSimilarity > 0 && titleSimilarity <= 1, "titleSimilarity: must be in (0, 1]");
    FlagConfig.require(maxDays > 0, "maxDays: must be a positive number of days");
  }

  /** The documented rules of config/cases.yaml (read from the bundled copy; no values live here). */
  public static final CaseRules DEFAULT = ConfigLoader.defaultCaseRules();
}
