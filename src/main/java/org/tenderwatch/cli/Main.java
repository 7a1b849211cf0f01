package org.tenderwatch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tenderwatch.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tenderwatch COMMAND [OPTIONS]}. */
@Command(
    name = "tenderwatch",
    mixinStandardHelpOptions = true,
    version = "tenderwatch 0.1.0",
    description = "Watches Chinese public procurement portals for purchases of export-controlled AI compute.",
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
      EntityListCommand.class,
      SuppliersCommand.class,
      StatusCommand.class,
      RunCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /**
   * Lucene logs through java.util.logging that the JDK's vector incubator module is not enabled. tenderwatch
   * does no vector search, so that note is noise on every command; held here so the setting is not collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line with UTF-8 output whatever the locale (a POSIX locale would print '?' for Chinese). */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    return run(out, err, args);
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
    CommandLine cli = new CommandLine(new Main());
    withHelp(cli);
    if (cwd != null) {
      cli.registerConverter(java.nio.file.Path.class, cwd::resolve);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof DataAccess.HandedOver h) {
        return h.exitCode;
      }
      if (e instanceof ConfigException || e instanceof IllegalArgumentException || e instanceof UserError) {
        cmd.getErr().println("error: " + e.getMessage());
        return e instanceof UserError u ? u.exitCode() : 1;
      }
      cmd.getErr().println("error: " + e);
      e.printStackTrace(cmd.getErr());
      return 1;
    });
    return cli.execute(args);
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
