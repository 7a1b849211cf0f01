package org.tenderwatch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.tenderwatch.index.QuerySyntaxException;
import org.tenderwatch.index.SearchRequest;
import org.tenderwatch.index.SearchResult;
import org.tenderwatch.cases.CaseView;
import org.tenderwatch.store.NoticeView;

/** The read-only pages: search, a notice, a case, the flagged dashboard, health, and the stylesheet. */
final class PageRoutes {
  private final WebParts parts;
  private final Labels labels;
  private final NoticePages notices;
  private final HitCases hitCases;
  private final byte[] css;

  PageRoutes(WebParts parts, ReadModel read) {
    this.parts = parts;
    this.hitCases = new HitCases(parts.cases(), read);
    this.labels = new Labels(parts.flags(), parts.money());
    this.notices = new NoticePages(parts.store(), parts.cases(), read, labels);
    this.css = resource("/web/app.css");
  }

  Labels labels() {
    return labels;
  }

  void register(RoutesConfig r) {
    r.get("/", ctx -> ctx.redirect("/flagged"));
    r.get("/static/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
    r.get("/search", this::search);
    r.get("/notices/{id}", this::notice);
    r.get("/cases/{id}", this::caseView);
    r.get("/flagged", ctx -> ctx.html(new DashboardPage(labels).render(Security.request(ctx),
        parts.cases().flaggedCases(), ctx.queryParam("category"))));
    r.get("/health", ctx -> {
      HealthPage h = new HealthPage(parts.db());
      ctx.html(h.render(Security.request(ctx), h.sections()));
    });
  }

  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    SearchRequest.Sort sort = Api.sort(ctx.queryParam("sort"));
    SearchPage page = new SearchPage(labels);
    if (q == null || q.isBlank()) {
      ctx.html(page.form(Security.request(ctx), "", sort, null));
      return;
    }
    int p = Math.max(1, Api.intParam(ctx, "page", 1));
    try {
      SearchResult res = parts.index().search(new SearchRequest(q, sort, p, SearchPage.PAGE_SIZE, true));
      ctx.html(page.results(Security.request(ctx), q, sort, res, hitCases.of(res.hits())));
    } catch (QuerySyntaxException e) {
      ctx.status(400).html(page.form(Security.request(ctx), q, sort, "Bad query: " + e.getMessage()));
    }
  }

  private void notice(Context ctx) {
    NoticeView n = parts.store().notice(ctx.pathParam("id"));
    if (n == null) {
      throw new NotFoundResponse("no notice with id " + ctx.pathParam("id"));
    }
    ctx.html(notices.notice(Security.request(ctx), n));
  }

  private void caseView(Context ctx) {
    CaseView c = parts.cases().caseView(ctx.pathParam("id"));
    if (c == null) {
      throw new NotFoundResponse("no case with id " + ctx.pathParam("id"));
    }
    ctx.html(notices.caseView(Security.request(ctx), c));
  }

  private static byte[] resource(String name) {
    try (InputStream in = PageRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
