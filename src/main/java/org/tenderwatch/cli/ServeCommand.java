package org.tenderwatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.Settings;
import org.tenderwatch.pipeline.Pipeline;
import org.tenderwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    description = {"Serve the web UI and the JSON API on the data folder until Ctrl-C.",
        "Listens on web.host:web.port from the settings (127.0.0.1:8080); any other host than loopback needs a"
            + " user first (tenderwatch users add NAME), and once users exist every page asks to sign in."},
    footerHeading = "%nExamples:%n",
    footer = {"  tenderwatch serve --data /tmp/tw                 # then open http://127.0.0.1:8080/",
        "  tenderwatch serve --data /tmp/tw --port 0        # a free port; the URL is printed",
        "  curl 'http://127.0.0.1:8080/api/search?q=A100'"})
final class ServeCommand implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", paramLabel = "HOST", description = "Overrides web.host.")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "Overrides web.port (0 = a free port).")
  Integer port;

  @Override
  public Integer call() throws InterruptedException {
    Config config = global.load();
    Settings.Web web = config.settings().web();
    web = web.listen(host == null ? web.host() : host, port == null ? web.port() : port);
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline p = global.exclusive(config);
        org.tenderwatch.access.AdminEndpoint admin = DataAccess.host(p);
        WebServer server = start(p, web)) {
      out.println("web UI and API at " + server.uri() + " (data: " + config.settings().dataDir().toAbsolutePath()
          + "); Ctrl-C stops it");
      out.flush();
      new CountDownLatch(1).await();
    }
    return 0;
  }

  private static WebServer start(Pipeline p, Settings.Web web) {
    try {
      return WebServer.start(Wiring.web(p), web);
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage(), Errors.USAGE);
    }
  }
}
