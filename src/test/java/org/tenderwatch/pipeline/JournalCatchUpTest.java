package org.tenderwatch.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.tenderwatch.archive.ArchiveDamage;
import org.tenderwatch.archive.ArchiveReader;
import org.tenderwatch.config.Config;
import org.tenderwatch.config.ConfigLoader;
import org.tenderwatch.config.SourceConfig;
import org.tenderwatch.crawl.BaseUrls;
import org.tenderwatch.crawl.FetchJournal;
import org.tenderwatch.crawl.FetchedNotice;
import org.tenderwatch.demo.SamplePortal;
import org.tenderwatch.store.ChangeLog;

/**
 * A node catching its index up on notices other nodes stored reads their own records where the fetch journal puts
 * them, not the archive from the start; a record another node is still appending (half of it on disk) is not read
 * as complete: the index commits through the change before it and takes it at the next commit, once whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalCatchUpTest {
  /** The pipeline's clock, which a test moves past the grace a held-back record is waited for. */
  static final class Shifted extends Clock {
    volatile java.time.Duration ahead = java.time.Duration.ZERO;

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return java.time.Instant.now().plus(ahead);
    }
  }

  final Shifted clock = new Shifted();
  Config config;
  Pipeline pipeline;
  String ustc;
  String ustcUrl;

  @BeforeAll
  void crawl(@TempDir Path dir) throws Exception {
    config = ConfigLoader.load(Path.of("config/tenderwatch.yaml")).withDataDir(dir).withDelay(0);
    pipeline = Pipeline.open(config, clock);
    try (SamplePortal portal = SamplePortal.start(Path.of("samples/portal"))) {
      SourceConfig ccgp = config.source("ccgp");
      pipeline.crawl(ccgp, BaseUrls.of(ccgp.hosts(), portal.uri()), null);
    }
    try (PreparedStatement ps = pipeline.database().connection().prepareStatement(
        "SELECT id, url FROM notices WHERE type = 'tender' AND title LIKE '中国科学技术大学算力租赁%'");
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), "the USTC tender (its GPU detail on page 3 of its PDF)");
      ustc = rs.getString(1);
      ustcUrl = rs.getString(2);
    }
  }

  @AfterAll
  void close() {
    pipeline.close();
  }

  FetchJournal journal() {
    return new FetchJournal(pipeline.database(), pipeline.archiveDir(), Clock.systemUTC());
  }

  ArchiveReplay.JournalResult rebuild(Set<String> ids, List<FetchedNotice> out, List<ArchiveDamage> damage) {
    return ArchiveReplay.fromJournal(config, journal(), new ChangeLog(pipeline.database())::url, out::add,
        damage::add, ids);
  }

  @Test
  void aNoticeIsRebuiltFromItsOwnRecordsNotTheWholeArchive() throws IOException {
    int archived = ArchiveReader.replay(pipeline.archiveDir(), a -> { }, d -> { });
    List<FetchedNotice> out = new ArrayList<>();
    List<ArchiveDamage> damage = new ArrayList<>();
    ArchiveReplay.JournalResult r = rebuild(Set.of(ustc), out, damage);
    assertEquals(Set.of(), r.unread());
    assertEquals(List.of(), damage);
    assertEquals(1, out.size());
    FetchedNotice f = out.getFirst();
    assertEquals(ustc, f.id());
    assertEquals(1, f.attachments().size());
    assertNotNull(f.attachments().getFirst().capture(), "its PDF, read where the journal puts it");
    assertEquals(2, r.recordsRead(), "the notice page and its PDF, of " + archived + " records in the archive");
    assertTrue(archived > 30, "the archive holds " + archived);
  }

  @Test
  void aRecordStillBeingWrittenIsHeldBackAndIndexedOnceWhole() throws Exception {
    String other = "zz-node-b-" + ProcessHandle.current().pid() + ".warc.gz";
    byte[] record = halfWrittenByAnotherNode(ustc, ustcUrl, other);
    long latest = new ChangeLog(pipeline.database()).latest();
    assertNull(journal().replay(URI.create(ustcUrl)), "half a record is not a record");

    pipeline.followStore();
    assertEquals(latest - 1, pipeline.index().appliedSequence(),
        "the index commits through the change before the notice whose record is not whole");

    Files.write(pipeline.archiveDir().resolve(other), Arrays.copyOfRange(record, record.length / 2, record.length),
        StandardOpenOption.APPEND);
    pipeline.followStore();
    assertEquals(latest, pipeline.index().appliedSequence(), "once whole, the next commit takes it in");
    List<FetchedNotice> out = new ArrayList<>();
    rebuild(Set.of(ustc), out, new ArrayList<>());
    assertEquals(other, out.getFirst().archive().warcFile(), "read from the other node's file");
    assertEquals(1, pipeline.index().allIds().stream().filter(ustc::equals).count());
  }

  @Test
  void aRecordThatNeverBecomesWholeIsLookedForInTheWholeArchiveAfterTheGrace() throws Exception {
    String id;
    String url;
    try (PreparedStatement ps = pipeline.database().connection().prepareStatement(
        "SELECT id, url FROM notices WHERE type = 'tender' AND title LIKE '四川大学大模型接口服务%'");
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next());
      id = rs.getString(1);
      url = rs.getString(2);
    }
    halfWrittenByAnotherNode(id, url, "zz-node-c-" + ProcessHandle.current().pid() + ".warc.gz");
    long latest = new ChangeLog(pipeline.database()).latest();
    pipeline.followStore();
    assertEquals(latest - 1, pipeline.index().appliedSequence(), "held back at first");
    clock.ahead = IndexSync.GRACE.plusSeconds(1);
    pipeline.followStore();
    assertEquals(latest, pipeline.index().appliedSequence(),
        "after the grace the archive is scanned, its earlier record found, and the commit moves on");
    assertEquals(1, pipeline.index().allIds().stream().filter(id::equals).count());
  }

  /**
   * Another node re-fetched the notice's page and is writing its record to its own WARC file: half of it is on disk,
   * the journal points there, and the notice's change is stored under that node's name. Returns the whole record.
   */
  byte[] halfWrittenByAnotherNode(String id, String url, String otherFile) throws Exception {
    Path archive = pipeline.archiveDir();
    String file;
    long offset;
    try (PreparedStatement ps = pipeline.database().connection().prepareStatement(
        "SELECT warc_file, warc_offset FROM fetch_journal WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        file = rs.getString(1);
        offset = rs.getLong(2);
      }
    }
    byte[] record = recordBytes(archive.resolve(file), offset);
    Files.write(archive.resolve(otherFile), Arrays.copyOf(record, record.length / 2));
    var db = pipeline.database();
    db.inTransaction(() -> {
      try (PreparedStatement ps = db.connection().prepareStatement(
          "UPDATE fetch_journal SET warc_file = ?, warc_offset = 0 WHERE url = ?")) {
        ps.setString(1, otherFile);
        ps.setString(2, url);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = db.connection().prepareStatement(
          "UPDATE notices SET changed_by = 'node-b', updated_at = ? WHERE id = ?")) {
        ps.setString(1, java.time.Instant.now().toString());
        ps.setString(2, id);
        ps.executeUpdate();
      }
    });
    return record;
  }

  /** The bytes of the record (one gzip member) starting at {@code offset}: up to the next record or the end. */
  static byte[] recordBytes(Path file, long offset) throws IOException {
    Set<Long> starts = new TreeSet<>();
    try (WarcReader reader = new WarcReader(file)) {
      while (reader.next().isPresent()) {
        starts.add(reader.position());
      }
    }
    long end = starts.stream().filter(p -> p > offset).findFirst().orElse(Files.size(file));
    byte[] all = Files.readAllBytes(file);
    return Arrays.copyOfRange(all, (int) offset, (int) end);
  }
}
