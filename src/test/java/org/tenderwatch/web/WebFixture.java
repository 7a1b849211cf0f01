package org.tenderwatch.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.Settings;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.CrawlReport;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.pipeline.Pipeline;

/**
 * The sample portal with the planted notice, crawled by the real pipeline into a temp folder, and the web UI on
 * 127.0.0.1 port 0 over it.
 */
final class WebFixture implements AutoCloseable {
  final Pipeline pipeline;
  final WebServer server;
  final CrawlReport crawl;

  private WebFixture(Pipeline pipeline, WebServer server, CrawlReport crawl) {
    this.pipeline = pipeline;
    this.server = server;
    this.crawl = crawl;
  }

  static WebFixture start(Path dir, boolean csp) throws IOException {
    Path portalDir = PlantedPortal.create(dir.resolve("portal"));
    Config config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir.resolve("data"))
        .withDelay(0);
    SourceConfig ccgp = config.source("ccgp");
    Pipeline p = Pipeline.open(config, Clock.systemUTC());
    CrawlReport report;
    try (SamplePortal portal = SamplePortal.start(portalDir)) {
      report = p.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
    }
    WebServer server = WebServer.start(org.tenderwatch.cli.Wiring.web(p), new Settings.Web("127.0.0.1", 0), Clock.systemUTC(), csp);
    return new WebFixture(p, server, report);
  }

  String url(String path) {
    return server.uri().resolve(path).toString();
  }

  @Override
  public void close() {
    server.close();
    pipeline.close();
  }
}
