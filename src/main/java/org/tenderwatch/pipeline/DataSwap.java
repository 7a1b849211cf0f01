package org.tenderwatch.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reindex builds a new database and index in {@code reindex.next/} beside the live ones and swaps them in only once
 * the build is whole (the file {@code COMPLETE} there says so). Every step of the swap is a rename that can be
 * repeated, so a swap cut short by a crash is finished by the next command that opens the data folder; a build cut
 * short never touched the live files and is thrown away by the next reindex.
 */
final class DataSwap {
  static final String DATABASE = "tenderwatch.db";
  static final String INDEX = "index";
  static final String NEXT = "reindex.next";
  static final String OLD = "reindex.old";
  private static final String COMPLETE = "COMPLETE";
  /** SQLite's files beside the database in WAL mode: moved with it, or the old log would be replayed into the new. */
  private static final List<String> DB_FILES = List.of(DATABASE, DATABASE + "-wal", DATABASE + "-shm");

  private final Path data;
  private final Path next;
  private final Path old;

  DataSwap(Path data) {
    this.data = data;
    this.next = data.resolve(NEXT);
    this.old = data.resolve(OLD);
  }

  /** A fresh, empty build folder (the rest of an interrupted build is removed). */
  Path prepare() {
    try {
      deleteTree(next);
      Files.createDirectories(next);
      return next;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + next, e);
    }
  }

  /** Marks the build whole, then swaps it in. */
  void commit() {
    try {
      Files.writeString(next.resolve(COMPLETE), "reindex build complete\n", StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark " + next + " complete", e);
    }
    finishPending();
  }

  /** Finishes a swap whose build was complete; does nothing when there is none (or the build is still running). */
  void finishPending() {
    if (!Files.exists(next.resolve(COMPLETE))) {
      return;
    }
    try {
      Files.createDirectories(old);
      if (Files.exists(next.resolve(DATABASE))) {
        for (String f : DB_FILES) {
          moveIfThere(data.resolve(f), old.resolve(f));
        }
        Files.move(next.resolve(DATABASE), data.resolve(DATABASE), StandardCopyOption.ATOMIC_MOVE);
      }
      if (Files.exists(next.resolve(INDEX))) {
        if (Files.exists(data.resolve(INDEX))) {
          deleteTree(old.resolve(INDEX));
          Files.move(data.resolve(INDEX), old.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(next.resolve(INDEX), data.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE);
      }
      Files.delete(next.resolve(COMPLETE));
      deleteTree(next);
      deleteTree(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot swap the rebuilt database and index into " + data
          + " (run the command again to finish it)", e);
    }
  }

  private static void moveIfThere(Path from, Path to) throws IOException {
    if (Files.exists(from)) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
