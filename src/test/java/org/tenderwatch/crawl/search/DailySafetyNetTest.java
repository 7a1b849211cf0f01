package org.tenderwatch.crawl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.schedule.CrawlScheduler;

/**
 * The `run` daemon's daily safety net covers every shipped search source: the schedule `run` builds from the shipped
 * config (every source, as `run` without --base-url) starts a pass of each search source (its missed first run, with
 * a runner that only records what it was asked), each fires once a day and looks back search.recentDays, and its
 * hits are a scheduled channel source's notices (whose gaps it fills). README's discovery section names exactly
 * these search sources, in its table of portals and in its table of requests per found notice.
 */
class DailySafetyNetTest {
  @Test
  void everyShippedSearchSourceRunsDailyUnderRunAndReadmeNamesThemAll() throws Exception {
    Config config = ConfigLoader.load(Path.of("config/tenderwatch.yaml"));
    ZoneId zone = config.settings().timezone();
    Set<String> search = new TreeSet<>(config.sources().stream().filter(s -> s.kind() == SourceConfig.Kind.search)
        .map(SourceConfig::id).toList());
    assertEquals(4, search.size(), search.toString());

    Set<String> ran = new ConcurrentSkipListSet<>();
    CrawlScheduler scheduler = new CrawlScheduler(config.sources(), zone, (s, stop) -> ran.add(s.id()), id -> null,
        Clock.systemUTC());
    try {
      scheduler.start();
      long until = System.nanoTime() + 20_000_000_000L;
      while (!ran.containsAll(search) && System.nanoTime() < until) {
        Thread.sleep(50);
      }
    } finally {
      scheduler.close();
    }
    assertTrue(ran.containsAll(search), "run scheduled " + ran + ", not every search source " + search);

    for (String id : search) {
      SourceConfig s = config.source(id);
      CronExpression cron = new CronExpression(s.schedule());
      cron.setTimeZone(TimeZone.getTimeZone(zone));
      Date d = Date.from(java.time.Instant.parse("2024-06-01T00:00:00Z"));
      int fires = 0;
      for (d = cron.getNextValidTimeAfter(d); d.before(Date.from(java.time.Instant.parse("2024-06-08T00:00:00Z")));
          d = cron.getNextValidTimeAfter(d)) {
        fires++;
      }
      assertEquals(7, fires, id + ": its schedule must fire once a day (" + s.schedule() + ")");
      assertTrue(s.search().recentDays() >= 1, id + ": the daily pass looks back search.recentDays");
      SourceConfig target = config.source(s.search().notices());
      assertTrue(target.kind() != SourceConfig.Kind.search && target.schedule() != null,
          id + ": its hits are the notices of a scheduled channel source");
    }

    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String discovery = readme.substring(readme.indexOf("#### Discovery:"), readme.indexOf("#### Shipped sources"));
    assertEquals(search, firstColumn(discovery, "Which portals have a search source:"), "README's table of portals");
    assertEquals(search, firstColumn(discovery, "Requests per found notice in these tests"),
        "README's requests per found notice");
  }

  /** The source ids in the first column of the table after {@code heading}. */
  private static Set<String> firstColumn(String text, String heading) {
    int at = text.indexOf(heading);
    assertTrue(at >= 0, heading);
    Set<String> ids = new TreeSet<>();
    boolean in = false;
    for (String line : text.substring(at).lines().skip(1).toList()) {
      if (line.startsWith("|")) {
        in = true;
        Matcher m = Pattern.compile("^\\| `([a-z0-9-]+)`").matcher(line);
        if (m.find()) {
          ids.add(m.group(1));
        }
      } else if (in) {
        break;
      }
    }
    return ids;
  }
}
