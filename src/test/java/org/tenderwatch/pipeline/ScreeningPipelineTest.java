package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;
import org.tenderwatch.cases.SupplierSummary;

/**
 * Screening on the sample portal: the bundled list is imported on first open, every notice is screened at its own
 * date, and a new list version re-screens every stored notice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningPipelineTest {
  private SamplePortal portal;
  private Config config;

  @BeforeAll
  void crawl(@TempDir Path dir) throws java.io.IOException {
    portal = SamplePortal.start(Path.of("samples/portal"));
    config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir).withDelay(0);
    var ccgp = config.source("ccgp");
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
    }
  }

  @AfterAll
  void stop() {
    portal.close();
  }

  @Test
  @Order(1)
  void hitsOnTheSamplesAreTheListedBuyersAtTheirNoticeDates() {
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      Map<String, List<String>> hits = hitsByTitle(p.store().notices(null, null, 1000));
      assertEquals(Map.of(
          "四川大学大模型接口服务采购项目竞争性磋商公告", List.of("buyer 四川大学 Sichuan University exact"),
          "四川大学大模型接口服务采购项目成交结果公告", List.of("buyer 四川大学 Sichuan University exact"),
          // the USTC tender (2024-04-18) predates the listing (2024-05-09); the award (2024-05-28) does not
          "中国科学技术大学算力租赁服务采购项目中标公告",
          List.of("buyer 中国科学技术大学 University of Science and Technology of China exact")), hits);
      CaseView ustc = caseOf(p, "中国科学技术大学");
      assertEquals(1, ustc.screening().size(), "the case shows the award's hit");
      assertTrue(caseOf(p, "深圳大学").screening().isEmpty());
      assertTrue(caseOf(p, "之江实验室").screening().isEmpty());
    }
  }

  @Test
  @Order(2)
  void suppliersShowTheListedBuyersTheySoldTo() {
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      SupplierSummary s = p.cases().suppliers().stream().filter(x -> x.name().equals("合肥智域算力科技有限公司"))
          .findFirst().orElseThrow();
      assertEquals(1, s.wins());
      assertEquals(1, s.flaggedWins());
      assertEquals(List.of("中国科学技术大学 = University of Science and Technology of China"), s.listedBuyers());
      assertEquals(0, new java.math.BigDecimal("165360000").compareTo(s.totalCny()));
    }
  }

  @Test
  @Order(3)
  void aNewListVersionRescreensEveryNotice() {
    try (Pipeline p = Pipeline.open(config, Clock.systemUTC())) {
      String before = p.screening().latest().version();
      var report = p.importList(Path.of("src/test/resources/screening/consolidated_sample.json"));
      assertTrue(report.changed());
      assertEquals(p.store().count(), report.notices());
      // the JSON fixture lists USTC but not Sichuan University: the Sichuan hits are gone, USTC's carries the new version
      Map<String, List<String>> hits = hitsByTitle(p.store().notices(null, null, 1000));
      assertEquals(List.of("中国科学技术大学算力租赁服务采购项目中标公告"), List.copyOf(hits.keySet()));
      NoticeView award = p.store().notices(null, "award", 1000).stream()
          .filter(n -> n.title().startsWith("中国科学技术大学")).findFirst().orElseThrow();
      assertEquals(report.version().version(), award.screening().get(0).listVersion());
      assertFalse(report.version().version().equals(before));
      assertFalse(p.importList(Path.of("src/test/resources/screening/consolidated_sample.json")).changed(),
          "the same file again is the same version");
    }
  }

  private static CaseView caseOf(Pipeline p, String buyer) {
    return p.cases().flaggedCases().stream().filter(c -> buyer.equals(c.notice().buyer())).findFirst().orElseThrow();
  }

  private static Map<String, List<String>> hitsByTitle(List<NoticeView> notices) {
    Map<String, List<String>> out = new TreeMap<>();
    for (NoticeView n : notices) {
      if (!n.screening().isEmpty()) {
        out.put(n.title(), n.screening().stream()
            .map(s -> s.party() + " " + s.name() + " " + s.listedName() + " " + s.match()).toList());
      }
    }
    return out;
  }
}
