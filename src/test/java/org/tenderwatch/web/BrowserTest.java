package org.tenderwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/**
 * The UI in real headless Chromium (Debian's chromium and chromium-driver; Selenium is given both paths, so Selenium
 * Manager never downloads anything). The server runs WITHOUT its Content-Security-Policy here: a planted script
 * must stay inert through escaping and sanitizing alone, so this test fails if either breaks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private WebFixture web;
  private WebDriver driver;
  private ChromeDriverService service;
  private final List<String> timings = new ArrayList<>();

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "missing system package: chromium chromium-driver (Debian's; the browser tests never download one)");
    web = WebFixture.start(dir, false);
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (web != null) {
      web.close();
    }
    if (!timings.isEmpty()) {
      // the figure for the closing note: load time of each page as Chromium measured it (navigation timing)
      System.out.println("page load times (ms, navigation start to load end): " + String.join(", ", timings));
    }
  }

  private void open(String path) {
    driver.get(web.url(path));
    assertNotPwned(path);
    Object ms = js().executeScript("const n = performance.getEntriesByType('navigation')[0];"
        + " return n ? Math.round(n.loadEventEnd - n.startTime) : -1;");
    timings.add(path.replaceAll("\\?.*", "") + " " + ms);
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }

  private void assertNotPwned(String where) {
    assertEquals("undefined", js().executeScript("return typeof window.__pwned;"),
        "a planted script ran on " + where);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @Test
  void scriptsRunInThisBrowserAtAll() {
    open("/search");
    js().executeScript("window.__probe = 1;");
    assertEquals(1L, js().executeScript("return window.__probe;"), "JavaScript is on, so the checks below can fail");
  }

  @Test
  void searchShowsHighlightedHitsAndFacets() {
    open("/search");
    driver.findElement(By.id("q")).sendKeys("A100");
    driver.findElement(By.id("search-button")).click();
    WebElement count = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hit-count")));
    assertNotPwned("search results");
    assertTrue(count.getText().endsWith("notices"), count.getText());
    List<WebElement> titles = driver.findElements(By.cssSelector("li.hit a.title"));
    assertTrue(titles.stream().anyMatch(t -> t.getText().equals("中国科学技术大学算力租赁服务采购项目公开招标公告")));
    assertTrue(titles.stream().anyMatch(t -> t.getText().equals(PlantedPortal.TITLE)),
        "the planted title is shown as text");
    assertFalse(driver.findElements(By.cssSelector("li.hit mark")).isEmpty(), "highlights");
    driver.findElement(By.linkText("Nvidia data-centre GPUs (A100/H100 class and their China variants)")).click();
    waiting().until(ExpectedConditions.attributeContains(By.id("q"), "value", "flag:\"nvidia_gpu\""));
    assertNotPwned("facet");
  }

  @Test
  void openAFlaggedCaseFromTheDashboard() {
    open("/flagged");
    assertFalse(driver.findElements(By.cssSelector("#month-chart rect.bar")).isEmpty(), "the chart is drawn");
    driver.findElement(By.partialLinkText("中国科学技术大学算力租赁")).click();
    WebElement status = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
    assertNotPwned("case page");
    assertEquals("awarded", status.getText());
    assertTrue(driver.getPageSource().contains("合肥智域算力科技有限公司"), "the winner from the award notice");
    driver.findElement(By.partialLinkText("招标文件.pdf p.3")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("p3")));
    assertEquals("A100", driver.findElement(By.cssSelector("#p3 mark")).getText(), "the term, on its page");
    assertNotPwned("archived PDF");
  }

  @Test
  void createASavedSearchWithAPreviewThenDeleteIt() throws Exception {
    open("/saved");
    driver.findElement(By.id("saved-name")).sendKeys("browser-gpu");
    driver.findElement(By.id("saved-query")).sendKeys("英伟达 OR A100");
    driver.findElement(By.id("preview-button")).click();
    WebElement preview = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preview-count")));
    long expected = web.pipeline.index().search("英伟达 OR A100", 0).total();
    assertEquals(expected + " notices match this query now.", preview.getText());
    driver.findElement(By.id("save-button")).click();
    WebElement message = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("saved-message")));
    assertTrue(message.getText().startsWith("Saved browser-gpu"), message.getText());
    assertEquals("英伟达 OR A100", web.pipeline.saved().find("browser-gpu").query());
    assertEquals(1, driver.findElements(By.cssSelector("tr[data-name='browser-gpu']")).size());
    driver.findElement(By.cssSelector("tr[data-name='browser-gpu'] button.danger")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-message"), "Deleted"));
    assertEquals(null, web.pipeline.saved().find("browser-gpu"));
  }

  @Test
  void aScriptPlantedInANoticeNeverRuns() {
    NoticeView planted = web.pipeline.store().notices(null, null, 1000).stream()
        .filter(n -> n.title().equals(PlantedPortal.TITLE)).findFirst().orElseThrow();
    CaseView c = web.pipeline.cases().caseView(web.pipeline.cases().flaggedCases().stream()
        .filter(x -> x.notice().id().equals(planted.id())).findFirst().orElseThrow().caseId());
    String uuid = planted.archive().warc().replaceFirst(".*#urn:uuid:", "");
    for (String path : List.of("/search?q=" + Html.url("英伟达"), "/search?q=" + Html.url("projectNo:XSS*"),
        Html.noticeHref(planted.id()), Html.caseHref(c.caseId()), "/flagged", "/archive/" + uuid,
        "/archive/" + uuid + "?view=text", "/search?q=" + Html.url("<script>window.__pwned=8</script>"))) {
      open(path);
      assertTrue(driver.findElements(By.cssSelector("main img, main script, main iframe")).isEmpty(), path);
    }
    open(Html.noticeHref(planted.id()));
    assertEquals(PlantedPortal.TITLE, driver.findElement(By.id("notice-title")).getText());
    assertTrue(driver.findElement(By.tagName("main")).getText().contains(PlantedPortal.BUYER), "the buyer, as text");
    open("/archive/" + uuid);
    assertTrue(driver.findElement(By.id("archived")).getText().contains("采购英伟达A100 GPU服务器2台"));
    assertEquals(0L, js().executeScript("return document.querySelectorAll('#archived [onerror], #archived [onclick],"
        + " #archived a[href^=\"javascript\"]').length;"));
  }

  @Test
  void everyPageLoadsWithoutServerErrors() {
    for (String path : List.of("/search", "/flagged", "/saved", "/health")) {
      open(path);
      String title = driver.getTitle().toLowerCase(Locale.ROOT);
      assertFalse(title.startsWith("error"), path + ": " + title);
    }
  }
}
