package org.tenderwatch.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tenderwatch.archive.ArchivedRecord;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.extract.Amount;
import org.tenderwatch.text.Location;
import org.tenderwatch.extract.Notice;
import org.tenderwatch.extract.NoticeType;
import org.tenderwatch.extract.SupplierAward;
import org.tenderwatch.text.TextPart;
import org.tenderwatch.flag.Flag;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.store.Database;
import org.tenderwatch.pipeline.NoticeRecord;
import org.tenderwatch.pipeline.NoticeWriter;
import org.tenderwatch.store.NoticeStore;
import org.tenderwatch.cases.CaseStore;

/**
 * The digest end to end: the sample portal crawled through a real HTTP server on 127.0.0.1 (a saved search added
 * before the crawl, so the Monitor records its hits as the notices are indexed), then mailed to a real SMTP server
 * (GreenMail) on a free port. Each test has its own subscriber, so their digest logs are independent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final Instant BEFORE_CRAWL = Instant.parse("2020-01-01T00:00:00Z");
  static final LocalDate DAY = LocalDate.of(2030, 1, 15);

  Path data;
  Config config;
  Pipeline pipeline;

  @BeforeAll
  void crawlWithASavedSearch(@TempDir Path dir) {
    data = dir;
    config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir).withDelay(0);
    pipeline = Pipeline.open(config, Clock.systemUTC());
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      pipeline.saved().add("llm", "flag:azure_openai", "analyst@example.org");
      SourceConfig ccgp = config.source("ccgp");
      pipeline.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  void close() {
    pipeline.close();
  }

  Subscriber subscribe(String email, List<String> searches, List<String> categories) {
    return new Subscribers(pipeline.database()).add(email, null, searches, categories, BEFORE_CRAWL, "cli");
  }

  DigestRunner runner(int smtpPort) {
    Settings.Mail mail = new Settings.Mail("127.0.0.1", smtpPort, "tenderwatch@localhost", null, null);
    return new DigestRunner(pipeline.database(), pipeline.cases(), config, Mailer.of(mail, data, Map.of()),
        Clock.systemUTC());
  }

  DigestRunner.Outcome outcome(List<DigestRunner.Outcome> all, String email) {
    return all.stream().filter(o -> o.email().equals(email)).findFirst().orElseThrow();
  }

  List<MimeMessage> to(String email) throws Exception {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> {
          try {
            return m.getAllRecipients()[0].toString().equals(email);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).toList();
  }

  static String part(Part p, String type) throws Exception {
    if (p.isMimeType(type)) {
      return (String) p.getContent();
    }
    if (p.getContent() instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        String s = part(mp.getBodyPart(i), type);
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  @Test
  void theEmailArrivesWithTheRightItemsOnePerCase() throws Exception {
    String email = "gpu@example.org";
    subscribe(email, List.of("llm"), List.of("nvidia_gpu"));
    DigestRunner.Outcome o = outcome(runner(SMTP.getSmtp().getPort()).run(DAY, false), email);
    assertEquals("sent", o.status(), o.cause());
    // nvidia_gpu: USTC (case2) and Shenzhen University (case3); saved search llm: Sichuan University (case1)
    assertEquals(3, o.items());
    List<MimeMessage> mails = to(email);
    assertEquals(1, mails.size());
    MimeMessage m = mails.getFirst();
    assertEquals("tenderwatch digest 2030-01-15: 2 new flagged cases, 1 saved-search hit", m.getSubject());
    String text = part(m, "text/plain");
    String html = part(m, "text/html");
    assertNotNull(text);
    assertNotNull(html);
    for (String s : List.of("中国科学技术大学算力租赁服务采购项目", "合肥智域算力科技有限公司", "CNY 165,360,000.00",
        "深圳市云跃数智科技有限公司", "CNY 200,000.00", "四川大学", "成都云启智算科技有限公司", "saved search: llm",
        "flagged: Nvidia data-centre GPUs", "sha256 ", "https://www.ccgp.gov.cn/cggg/zygg/gkzb/202404/")) {
      assertTrue(text.contains(s), s + " missing from\n" + text);
      assertTrue(html.contains(s), s + " missing from the HTML");
    }
    assertTrue(text.matches("(?s).*A100 in .+\\.pdf p\\.3.*"), "the PDF page of the USTC evidence:\n" + text);
    assertTrue(html.contains("<mark>"), "the term is marked in the HTML snippet");
    assertFalse(text.contains("之江实验室"), "aws only: not followed");
    assertEquals(1, count(text, "合肥智域算力科技有限公司"), "one item per case: tender and award are one item");
  }

  @Test
  void twoRunsSendOneEmailAndTheNextDayHasNothingNew() throws Exception {
    String email = "aws@example.org";
    subscribe(email, List.of(), List.of("aws"));
    DigestRunner r = runner(SMTP.getSmtp().getPort());
    assertEquals("sent", outcome(r.run(DAY, false), email).status());
    assertEquals("already-sent", outcome(r.run(DAY, false), email).status());
    assertEquals("nothing-new", outcome(r.run(DAY.plusDays(1), false), email).status());
    assertEquals(1, to(email).size());
    assertTrue(to(email).getFirst().getSubject().contains("2 new flagged cases"), "case3 and case4");
  }

  @Test
  void smtpDownThenUpGivesExactlyOneEmailLater() throws Exception {
    String email = "bedrock@example.org";
    subscribe(email, List.of(), List.of("bedrock"));
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort(); // free once closed: nothing listens there
    }
    DigestRunner.Outcome down = outcome(runner(closed).run(DAY, false), email);
    assertEquals("failed", down.status());
    assertTrue(down.cause().contains("onnect"), down.cause());
    assertEquals(0, to(email).size());

    DigestRunner.Outcome up = outcome(runner(SMTP.getSmtp().getPort()).run(DAY, false), email);
    assertEquals("sent", up.status(), up.cause());
    assertEquals(down.items(), up.items(), "no item lost");
    assertEquals("already-sent", outcome(runner(SMTP.getSmtp().getPort()).run(DAY, false), email).status());
    assertEquals(1, to(email).size());
    assertTrue(part(to(email).getFirst(), "text/plain").contains("深圳大学"));
  }

  @Test
  void dryRunSendsAndLogsNothingTheOutboxTakesTheDigestWithoutSmtp() throws Exception {
    String email = "outbox@example.org";
    subscribe(email, List.of(), List.of("azure_openai"));
    DigestRunner.Outcome dry = outcome(runner(SMTP.getSmtp().getPort()).run(DAY, true), email);
    assertEquals("dry-run", dry.status());
    assertTrue(dry.digest().text().contains("四川大学"));
    assertEquals(0, to(email).size());

    Settings.Mail none = new Settings.Mail("", 25, "tenderwatch@localhost", null, null);
    DigestRunner outbox = new DigestRunner(pipeline.database(), pipeline.cases(), config,
        Mailer.of(none, data, Map.of()), Clock.systemUTC());
    DigestRunner.Outcome sent = outcome(outbox.run(DAY, false), email);
    assertEquals("sent", sent.status(), sent.cause());
    Path eml = data.resolve("outbox").resolve("2030-01-15_outbox@example.org.eml");
    assertEquals(eml.toString(), sent.deliveredTo());
    try (InputStream in = Files.newInputStream(eml)) {
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      assertEquals("tenderwatch digest 2030-01-15: 1 new flagged case, 0 saved-search hits", m.getSubject());
      assertTrue(part(m, "text/html").contains("成都云启智算科技有限公司"));
    }
    assertEquals(0, to(email).size());
  }

  @Test
  void htmlInANoticeTitleIsEscapedInTheEmail(@TempDir Path dir) throws Exception {
    String evil = "<script>alert(1)</script>GPU服务器采购 & \"A100\"";
    try (Database db = Database.open(dir.resolve("tw.db"))) {
      NoticeWriter store = new NoticeWriter(db);
      Notice n = new Notice(NoticeType.AWARD, evil, LocalDateTime.of(2029, 12, 30, 9, 0), "<b>某大学</b>", null, null,
          null, new Amount("10万元", new BigDecimal("100000")),
          List.of(new SupplierAward("<img src=x onerror=alert(2)>公司", null, null)), null, Map.of(),
          List.of(new TextPart(Location.NOTICE_PAGE, evil)));
      Flag flag = new Flag("nvidia_gpu", "A100", "<script>«A100»</script>", Location.NOTICE_PAGE);
      store.save(new NoticeRecord("x:1", "ccgp", "https://example.org/\"><script>", n, null,
          new ArchivedRecord("a.warc.gz", "urn:uuid:1", "ab".repeat(32)), Instant.parse("2024-12-30T02:00:00Z"),
          List.of(), List.of(flag), 1), Instant.now());
      new Subscribers(db).add("xss@example.org", null, List.of(), List.of("nvidia_gpu"), BEFORE_CRAWL, "cli");
      Settings.Mail mail = new Settings.Mail("127.0.0.1", SMTP.getSmtp().getPort(), "tenderwatch@localhost", null,
          null);
      DigestRunner.Outcome o = outcome(new DigestRunner(db, new CaseStore(new NoticeStore(db)), config, Mailer.of(mail, dir, Map.of()),
          Clock.systemUTC()).run(DAY, false), "xss@example.org");
      assertEquals("sent", o.status(), o.cause());
    }
    String html = part(to("xss@example.org").getFirst(), "text/html");
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>某大学"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;GPU服务器采购 &amp; &quot;A100&quot;"), html);
    assertTrue(html.contains("&lt;script&gt;<mark>A100</mark>&lt;/script&gt;"), html);
    String text = part(to("xss@example.org").getFirst(), "text/plain");
    assertTrue(text.contains(evil), "the text part quotes the title as written");
  }

  static int count(String s, String sub) {
    return s.split(java.util.regex.Pattern.quote(sub), -1).length - 1;
  }

  /**
   * The 深圳大学 case is flagged for AWS, Nvidia GPUs and Bedrock: the digest gives evidence for each, strongest
   * first, with links to the case page and the archived copies; the USTC item carries its case's Entity List hit
   * (the award is after the listing, the tender before); names have their English beside them; amounts their USD.
   */
  @Test
  void evidenceForEveryCategoryTheCasesScreeningEnglishAndDollars() throws Exception {
    String email = "every@example.org";
    subscribe(email, List.of(), List.of("bedrock", "nvidia_gpu", "aws"));
    Settings s = config.settings();
    Settings.Digest d = s.digest();
    Config linked = new Config(config.home(), new Settings(s.dataDir(), s.timezone(), s.crawl(), s.web(), s.mail(),
        new Settings.Digest(d.time(), d.timezone(), d.retryMinutes(), "http://127.0.0.1:8080", d.cnyPerUsd(),
            d.usdRateDate()), s.attachments(), s.index(), s.store(), s.schedule(), s.archive(), s.search()),
        config.sources(), config.flags());
    Settings.Mail mail = new Settings.Mail("127.0.0.1", SMTP.getSmtp().getPort(), "tenderwatch@localhost", null, null);
    DigestRunner.Outcome o = outcome(new DigestRunner(pipeline.database(), pipeline.cases(), linked,
        Mailer.of(mail, data, Map.of()), Clock.systemUTC()).run(DAY, false), email);
    assertEquals("sent", o.status(), o.cause());
    String text = part(to(email).getFirst(), "text/plain").replace("\r\n", "\n");
    String html = part(to(email).getFirst(), "text/html");
    String szu = text.substring(text.indexOf("深圳大学"));
    szu = szu.substring(0, szu.indexOf("\n\n"));
    for (String category : List.of("Amazon Bedrock", "Nvidia data-centre GPUs", "Amazon Web Services (AWS)")) {
      assertTrue(szu.contains(category), category + " evidence missing from\n" + szu);
    }
    assertTrue(szu.indexOf("Evidence 1: Amazon Bedrock") >= 0 || szu.indexOf("Evidence 1: Nvidia") >= 0
        || szu.indexOf("Evidence 1: Amazon Web Services") >= 0, szu);
    assertTrue(szu.contains("Case page: http://127.0.0.1:8080/cases/"), szu);
    assertTrue(szu.contains("深圳大学 (Shenzhen University)"), szu);
    assertTrue(szu.matches("(?s).*CNY 200,000\\.00 \\(USD [0-9,]+ at [0-9.]+ CNY/USD of 2024-06-28\\).*"), szu);
    assertTrue(text.contains("Entity List: WARNING: buyer 中国科学技术大学 = University of Science and Technology of"
        + " China (exact)"), text);
    assertTrue(html.contains(">case page</a>") && html.contains(">archived copy</a>"), html);
  }
}
