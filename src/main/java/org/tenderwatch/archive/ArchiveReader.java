package org.tenderwatch.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the archive back, checking each record as archives do (fixity): a body whose SHA-256 differs from the
 * record's WARC-Payload-Digest is reported as damage, never passed on; a file that cannot be read past some point
 * (torn by a crash, a flipped byte) is reported from there and the next file is read.
 */
public final class ArchiveReader {
  private ArchiveReader() {}

  /** The WARC files of the archive folder, in name (= time) order; none when the folder does not exist. */
  public static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
    }
  }

  /**
   * Streams every sound capture to {@code visitor} and every damaged record or file tail to {@code damage}; memory
   * stays flat however large the archive. Returns the number of captures passed to the visitor.
   */
  public static int replay(Path dir, Consumer<WarcArchive.Archived> visitor, Consumer<ArchiveDamage> damage)
      throws IOException {
    int n = 0;
    for (Path f : files(dir)) {
      n += readFile(f, visitor, damage);
    }
    return n;
  }

  private static int readFile(Path file, Consumer<WarcArchive.Archived> visitor, Consumer<ArchiveDamage> damage) {
    String name = file.getFileName().toString();
    int n = 0;
    String lastGood = null;
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      for (WarcRecord r : reader) {
        if (r instanceof WarcResponse resp && resp.headers().first(WarcArchive.H_KIND).isPresent()) {
          String id = resp.id().toString();
          Capture c = toCapture(resp);
          String sha = WarcArchive.sha256Hex(c.body());
          String problem = digestProblem(resp, c.body());
          if (problem != null) {
            damage.accept(new ArchiveDamage(name, id, c.noticeId(), problem));
          } else {
            try {
              visitor.accept(new WarcArchive.Archived(c, new ArchivedRecord(name, id, sha)));
            } catch (RuntimeException e) {
              throw new VisitorFailure(e);
            }
            n++;
          }
          lastGood = id;
        }
      }
    } catch (VisitorFailure e) {
      throw e.failure; // what the visitor did with a sound record (a full disk) is not damage to the archive
    } catch (IOException | RuntimeException e) {
      // gzip and WARC framing cannot be resynchronised safely: the rest of this file is reported, not guessed at
      damage.accept(new ArchiveDamage(name, null, null, "unreadable " + (lastGood == null ? "from the start"
          : "after record " + lastGood) + ": " + e));
    }
    return n;
  }

  /**
   * The capture whose record starts at {@code offset} of {@code file} in the archive folder, or null when there is
   * none there that is sound (missing file, torn or damaged record, a record of another URL): the caller then
   * fetches again. Reads one record, however large the file.
   */
  public static WarcArchive.Archived readAt(Path dir, String file, long offset, URI logical) {
    Path f = dir.resolve(file);
    if (!Files.isRegularFile(f) || !f.normalize().startsWith(dir.normalize())) {
      return null;
    }
    try (WarcReader reader = new WarcReader(f)) {
      reader.position(offset);
      WarcRecord r = reader.next().orElse(null);
      if (!(r instanceof WarcResponse resp) || resp.headers().first(WarcArchive.H_KIND).isEmpty()) {
        return null;
      }
      Capture c = toCapture(resp);
      if (!c.logicalUri().equals(logical) || digestProblem(resp, c.body()) != null) {
        return null;
      }
      return new WarcArchive.Archived(c, new ArchivedRecord(file, resp.id().toString(),
          WarcArchive.sha256Hex(c.body())));
    } catch (IOException | RuntimeException e) {
      return null; // a record cut by the kill it was meant to survive: fetched again
    }
  }

  /** Carries a visitor's own failure past the handler for unreadable files. */
  private static final class VisitorFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RuntimeException failure;

    VisitorFailure(RuntimeException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  /** Null when the body matches the record's payload digest (records without one cannot be checked: null too). */
  private static String digestProblem(WarcResponse r, byte[] body) {
    var stored = r.headers().first("WARC-Payload-Digest");
    if (stored.isEmpty()) {
      return null;
    }
    WarcDigest expected = new WarcDigest(stored.get());
    if (!"sha256".equalsIgnoreCase(expected.algorithm().replace("-", ""))) {
      return null;
    }
    WarcDigest actual = new WarcDigest("sha256", WarcArchive.sha256(body));
    return actual.base32().equalsIgnoreCase(expected.base32()) ? null
        : "body fails its payload digest (stored " + expected.prefixedBase32() + ", read " + actual.prefixedBase32() + ")";
  }

  private static Capture toCapture(WarcResponse r) throws IOException {
    HttpResponse http = r.http();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    http.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    byte[] body = http.body().stream().readAllBytes();
    var h = r.headers();
    return new Capture(
        r.targetURI(),
        URI.create(h.first(WarcArchive.H_LOGICAL).orElse(r.targetURI().toString())),
        Capture.Kind.valueOf(h.first(WarcArchive.H_KIND).orElseThrow()),
        h.first(WarcArchive.H_SOURCE).orElse(null),
        h.first(WarcArchive.H_NOTICE).orElse(null),
        h.first(WarcArchive.H_ATTACHMENT).orElse(null),
        r.date(),
        http.status(),
        headers,
        body,
        r.truncated() != WarcTruncationReason.NOT_TRUNCATED);
  }
}
