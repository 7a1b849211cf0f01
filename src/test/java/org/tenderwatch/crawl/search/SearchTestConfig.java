package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped config folder, copied and changed only where a loopback fixture needs it: no delays, the fixture's
 * paging cap, two query terms instead of the whole lexicon (fewer requests; the lexicon as the source of terms has
 * its own test), and for the gap test one ccgp channel read to a small page cap.
 */
final class SearchTestConfig {
  private SearchTestConfig() {}

  static Path write(Path dir, int searchMaxPages, int maxListPages) throws IOException {
    org.tenderwatch.TestFiles.copyTree(Path.of("config"), dir);
    edit(dir.resolve("tenderwatch.yaml"), "(?m)^  delayMs: \\d+", "  delayMs: 0");
    edit(dir.resolve("tenderwatch.yaml"), "(?m)^  maxListPages: \\d+", "  maxListPages: " + maxListPages);
    Path search = dir.resolve("sources/ccgp-search.yaml");
    edit(search, "(?m)^delayMs: \\d+", "delayMs: 0");
    edit(search, "(?m)^  maxPages: \\d+", "  maxPages: " + searchMaxPages);
    edit(search, "(?m)^  lexicon: true", "  lexicon: false");
    edit(search, "(?m)^  terms: \\[\\]", "  terms: [A100, Azure OpenAI]");
    edit(dir.resolve("sources/ccgp.yaml"), "(?m)^  - https://www\\.ccgp\\.gov\\.cn/cggg/(zygg/.*|dfgg/(?!gkzb/).*)\\n",
        "");
    return dir.resolve("tenderwatch.yaml");
  }

  static void edit(Path f, String regex, String replacement) throws IOException {
    String text = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(java.util.regex.Pattern.compile(regex).matcher(text).find(),
        regex + " not found in " + f + ": update this test");
    String changed = text.replaceAll(regex, replacement);
    Files.writeString(f, changed, StandardCharsets.UTF_8);
  }

  static List<String> rows(Path data, String sql) {
    return org.tenderwatch.TestDb.rows(data, sql);
  }
}
