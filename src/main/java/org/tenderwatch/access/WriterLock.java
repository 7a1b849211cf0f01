package org.tenderwatch.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one writer of a data folder: an OS lock on {@code writer.lock}, which also names its holder (pid and
 * command) for the line a waiting process prints. The OS drops the lock when the process dies, even by kill -9,
 * so a crashed writer never blocks the next one.
 */
public final class WriterLock implements AutoCloseable {
  static final String FILE = "writer.lock";

  /**
   * The lock files this process holds, with the line written in each. The OS ties a file lock to the process, and
   * closing any descriptor of the locked file in that process (a second channel, {@code Files.readString}) drops it:
   * so this process never opens a lock file it holds, and answers {@link #holder} from here.
   */
  private static final java.util.Map<Path, String> HELD = new java.util.concurrent.ConcurrentHashMap<>();

  private final FileChannel channel;
  private final FileLock lock;
  private final Path file;

  private WriterLock(FileChannel channel, FileLock lock, Path file) {
    this.channel = channel;
    this.lock = lock;
    this.file = file;
  }

  private static Path key(Path dataDir) {
    return dataDir.resolve(FILE).toAbsolutePath().normalize();
  }

  /** The lock, or null when another process (or another opener in this one) holds it. */
  public static synchronized WriterLock tryAcquire(Path dataDir, String command) {
    if (HELD.containsKey(key(dataDir))) {
      return null; // this process holds it: opening the file again would drop the OS lock when closed
    }
    try {
      Files.createDirectories(dataDir);
      FileChannel ch = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        ch.close();
        return null;
      }
      String line = "pid " + ProcessHandle.current().pid() + ": tenderwatch " + command;
      ch.truncate(0);
      ch.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      ch.force(false);
      HELD.put(key(dataDir), line);
      return new WriterLock(ch, lock, key(dataDir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the writer lock in " + dataDir, e);
    }
  }

  /**
   * Whether another live process is named in the lock file: a writer is probably at work. Read without locking, so a
   * reader never makes a writer wait; the file outlives its holder, whose pid is then dead (or this process's own).
   */
  public static boolean holderAlive(Path dataDir) {
    if (HELD.containsKey(key(dataDir))) {
      return false; // this process
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^pid (\\d+):").matcher(holder(dataDir));
    long pid = m.find() ? Long.parseLong(m.group(1)) : ProcessHandle.current().pid();
    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Who holds the lock, as its holder wrote it ("pid 4711: tenderwatch run"), or "another process". */
  public static String holder(Path dataDir) {
    String mine = HELD.get(key(dataDir));
    if (mine != null) {
      return mine;
    }
    try {
      String s = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? "another process" : s;
    } catch (NoSuchFileException e) {
      return "another process";
    } catch (IOException e) {
      return "another process (" + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    synchronized (WriterLock.class) {
      try (channel) {
        lock.release();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the writer lock", e);
      } finally {
        HELD.remove(file);
      }
    }
  }
}
