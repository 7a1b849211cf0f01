package org.tenderwatch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tenderwatch COMMAND [OPTIONS]}. */
@Command(
    name = "tenderwatch",
    mixinStandardHelpOptions = true,
    version = "tenderwatch 0.1.0",
    description = "Watches Chinese public procurement portals for purchases of export-controlled AI compute.",
    footerHeading = "%nExit codes and errors:%n",
    footer = {
      "  0  all good",
      "  1  the work failed: a source fetched nothing it was asked for, a notice could not be stored, the archive",
      "     or index is damaged (see `tenderwatch verify`, `tenderwatch status`)",
      "  2  usage or config error: the message names the argument, file or key to fix",
      "  Errors are one line; add --debug anywhere on the command line for the stack trace."
    },
    subcommands = {
      DemoCommand.class,
      CrawlCommand.class,
      BackfillCommand.class,
      NoticesCommand.class,
      FlaggedCommand.class,
      SearchCommand.class,
      SavedCommand.class,
      SubscribersCommand.class,
      DigestCommand.class,
      ReindexCommand.class,
      VerifyCommand.class,
      EntityListCommand.class,
      SuppliersCommand.class,
      ExtractCommand.class,
      StatusCommand.class,
      RunCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  static final String DEBUG = "--debug";

  /**
   * Lucene logs through java.util.logging that the JDK's vector incubator module is not enabled. tenderwatch
   * does no vector search, so that note is noise on every command; held here so the setting is not collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code;
    try {
      code = run(args);
    } catch (Throwable e) {
      // whatever escaped (an Error), the process ends: no worker thread may keep a failed command alive
      utf8(FileDescriptor.err).println("error: " + e);
      code = Errors.FAILED;
    }
    System.exit(code);
  }

  /** Runs one command line with UTF-8 output whatever the locale (a POSIX locale would print '?' for Chinese). */
  public static int run(String... args) {
    return run(utf8(FileDescriptor.out), utf8(FileDescriptor.err), args);
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, null, args);
  }

  /**
   * Runs one command line; with {@code cwd} (a command handed over by another process) relative paths in it are
   * resolved against that process's working directory, not this one's.
   */
  static int run(PrintWriter out, PrintWriter err, java.nio.file.Path cwd, String... args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    // --debug is read here, wherever it stands, so that every command takes it without declaring it
    boolean debug = java.util.Arrays.asList(args).contains(DEBUG);
    String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals(DEBUG)).toArray(String[]::new);
    CommandLine cli = new CommandLine(new Main());
    withHelp(cli);
    if (cwd != null) {
      cli.registerConverter(java.nio.file.Path.class, cwd::resolve);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> e instanceof DataAccess.HandedOver h ? h.exitCode
        : report(e, cmd.getErr(), debug));
    try {
      return cli.execute(rest);
    } catch (StackOverflowError | OutOfMemoryError e) {
      return report(e, err, debug); // picocli passes only Exceptions to the handler
    }
  }

  private static int report(Throwable e, PrintWriter err, boolean debug) {
    Errors.Verdict v = Errors.of(e);
    err.println("error: " + v.message());
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return v.exitCode();
  }

  /** Every command and subcommand answers -h/--help (and -V/--version) like the top level. */
  private static void withHelp(CommandLine cli) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      if (!sub.getCommandSpec().mixinStandardHelpOptions() && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
      withHelp(sub);
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (see --help)");
  }
}
