package org.tenderwatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** tenderwatch commands as real operating-system processes (their own JVM, like a user's second terminal). */
final class Processes {
  private Processes() {}

  /** A finished command. */
  record Done(List<String> args, int code, String out, String err) {
    /** Clean: exit 0 and nothing on stderr but the one "waiting for" line a writer may print. */
    boolean clean() {
      return code == 0 && err.lines().allMatch(l -> l.isBlank() || l.startsWith("waiting for "));
    }

    @Override
    public String toString() {
      return String.join(" ", args) + " → " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  /** Starts {@code tenderwatch args...} with its output in files under {@code logs}. */
  static Process start(Path logs, String name, List<String> args) throws IOException {
    Files.createDirectories(logs);
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx384m", "-XX:TieredStopAtLevel=1",
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
        "--enable-native-access=ALL-UNNAMED", Main.class.getName()));
    cmd.addAll(args);
    return new ProcessBuilder(cmd)
        .redirectOutput(logs.resolve(name + ".out").toFile())
        .redirectError(logs.resolve(name + ".err").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }

  /** Runs {@code tenderwatch args...} to its end, at most {@code seconds} (then it is killed and the test fails). */
  static Done run(Path logs, String name, long seconds, List<String> args) throws IOException, InterruptedException {
    Process p = start(logs, name, args);
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("tenderwatch " + String.join(" ", args) + " did not end within " + seconds + " s");
    }
    return new Done(args, p.exitValue(), read(logs.resolve(name + ".out")), read(logs.resolve(name + ".err")));
  }

  static String read(Path f) throws IOException {
    return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
  }
}
