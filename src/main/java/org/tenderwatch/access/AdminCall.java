package org.tenderwatch.access;

import java.util.List;

/** What a write command hands to the daemon and what it gets back. */
public final class AdminCall {
  private AdminCall() {}

  /**
   * @param args the command line as typed
   * @param cwd the caller's working directory: relative paths in {@code args} are resolved against it
   */
  public record Request(List<String> args, String cwd) {}

  /** The command's exit code and everything it printed. */
  public record Reply(int exit, String out, String err) {}

  /** Runs a command line inside the daemon. */
  @FunctionalInterface
  public interface Runner {
    Reply run(Request request);
  }
}
