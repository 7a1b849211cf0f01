package org.tenderwatch.cli;

/** Something the user can fix; printed without a stack trace. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
