package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tenderwatch.archive.ArchiveDamage;
import org.tenderwatch.archive.ArchiveReader;
import org.tenderwatch.store.ArchiveStates;

/**
 * The fixity check archives run: every record the store refers to is read back from the WARC files and its body's
 * SHA-256 compared with the one stored when it was fetched.
 */
public final class Fixity {
  private Fixity() {}

  /** One stored notice or attachment whose archive record is missing or damaged. */
  public record Problem(String kind, ArchiveStates.Ref ref, String why) {
    @Override
    public String toString() {
      return kind + ": notice " + ref.noticeId() + " " + ref.what() + " (" + ref.warcFile() + " " + ref.recordId()
          + "): " + why;
    }
  }

  /**
   * @param records sound records read from the archive
   * @param checked store references checked
   * @param problems references whose record is missing or damaged
   * @param damage what the archive reader found damaged (also records no stored notice refers to)
   * @param markedDamaged notices a reindex kept from the old store because the archive no longer backs them
   */
  public record Report(int records, int checked, List<Problem> problems, List<ArchiveDamage> damage,
      List<String> markedDamaged) {
    /**
     * Every stored notice and attachment backed by a sound record. Damage no stored reference points at (the torn
     * last record of a crash or a full disk, never stored) is reported but loses nothing.
     */
    public boolean ok() {
      return problems.isEmpty() && markedDamaged.isEmpty();
    }
  }

  public static Report check(Pipeline p) {
    Map<String, String> shaByRecord = new HashMap<>();
    List<ArchiveDamage> damage = new ArrayList<>();
    int records;
    try {
      records = ArchiveReader.replay(p.archiveDir(), a -> shaByRecord.put(a.record().recordId(), a.record().sha256()),
          damage::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the archive at " + p.archiveDir(), e);
    }
    ArchiveStates states = new ArchiveStates(p.database());
    List<ArchiveStates.Ref> refs = states.refs();
    List<Problem> problems = new ArrayList<>();
    for (ArchiveStates.Ref r : refs) {
      Problem problem = problem(p.archiveDir(), r, shaByRecord.get(r.recordId()));
      if (problem != null) {
        problems.add(problem);
      }
    }
    return new Report(records, refs.size(), problems, damage, states.damaged());
  }

  private static Problem problem(Path archive, ArchiveStates.Ref r, String sha) {
    if (sha == null) {
      return Files.exists(archive.resolve(r.warcFile()))
          ? new Problem("damaged", r, "record unreadable or failing its payload digest")
          : new Problem("missing", r, "WARC file not in " + archive);
    }
    return r.sha256() == null || sha.equals(r.sha256()) ? null
        : new Problem("damaged", r, "sha256 " + sha + " differs from the stored " + r.sha256());
  }
}
