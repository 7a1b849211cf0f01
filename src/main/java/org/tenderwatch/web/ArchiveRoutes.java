package org.tenderwatch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;

/** Archived copies: shown as a page (with the search term marked) or downloaded as the original bytes. */
final class ArchiveRoutes {
  private final ReadModel read;
  private final ArchiveRecords archive;

  ArchiveRoutes(ReadModel read, ArchiveRecords archive) {
    this.read = read;
    this.archive = archive;
  }

  void register(RoutesConfig r) {
    r.get("/archive/{uuid}", this::archived);
    r.get("/archive/{uuid}/download", this::download);
  }

  /** The archived record named by its UUID, looked up in the database first; never a path from the request. */
  private Lookup lookup(Context ctx) throws IOException {
    String uuid = ctx.pathParam("uuid");
    if (!ArchiveRecords.UUID.matcher(uuid).matches()) {
      throw new BadRequestResponse("an archive address is a WARC record UUID, not '" + uuid + "'");
    }
    ReadModel.ArchiveEntry e = read.archiveEntry(ArchiveRecords.recordIdOf(uuid));
    if (e == null) {
      throw new NotFoundResponse("no archived record " + uuid);
    }
    ArchiveRecords.Record rec = archive.read(e.warcFile(), e.recordId());
    if (rec == null) {
      throw new NotFoundResponse("record " + uuid + " is no longer in the archive file " + e.warcFile());
    }
    return new Lookup(e, rec);
  }

  private record Lookup(ReadModel.ArchiveEntry entry, ArchiveRecords.Record record) {}

  private void archived(Context ctx) throws IOException {
    Lookup a = lookup(ctx);
    ctx.html(ArchivePage.render(Security.request(ctx), a.entry(), a.record(), ctx.queryParam("term"),
        "text".equals(ctx.queryParam("view"))));
  }

  /** The original bytes as a download: never rendered by the browser, with their hash in a header. */
  private void download(Context ctx) throws IOException {
    Lookup a = lookup(ctx);
    String name = a.entry().kind().equals("notice") ? "notice-" + ArchiveRecords.uuidOf(a.entry().recordId()) + ".html"
        : a.entry().name();
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + Html.url(name).replace("+", "%20"));
    ctx.header("X-Tenderwatch-SHA256", a.record().sha256());
    ctx.contentType("application/octet-stream").result(a.record().body());
  }
}
