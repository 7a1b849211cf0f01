package org.tenderwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.tenderwatch.store.Database;
import org.tenderwatch.web.WebUsers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "users",
    description = {"People who may sign in to the web UI. Needed before it listens beyond 127.0.0.1; once any user"
        + " exists, every page asks to sign in. Passwords are stored as PBKDF2-SHA256 hashes (600,000 iterations)."},
    subcommands = {UsersCommand.Add.class, UsersCommand.List.class, UsersCommand.Remove.class},
    footerHeading = "%nExamples:%n",
    footer = {"  read -rs PW && printf '%%s\\n' \"$PW\" | tenderwatch users add alice   # password on standard input",
        "  TW_PW=... tenderwatch users add alice --password-env TW_PW",
        "  tenderwatch users list", "  tenderwatch users rm alice"})
final class UsersCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "add, list or rm (see --help)");
  }

  private static WebUsers users(Database db) {
    return new WebUsers(db, Clock.systemUTC());
  }

  private static Database open(GlobalOptions global) {
    var settings = global.load().settings();
    return Database.open(settings.dataDir().resolve("tenderwatch.db"), settings.store());
  }

  @Command(name = "add", description = "Add a user, or set a new password (which signs that user out everywhere).")
  static final class Add implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--password-env", paramLabel = "VAR",
        description = "Read the password from this environment variable instead of the first line of standard input.")
    String passwordEnv;

    @Override
    public Integer call() throws IOException {
      char[] password = password();
      try (Database db = open(global)) {
        users(db).put(name, password);
      }
      spec.commandLine().getOut().println("user " + name + " saved");
      return 0;
    }

    private char[] password() throws IOException {
      if (passwordEnv != null) {
        String v = System.getenv(passwordEnv);
        if (v == null || v.isEmpty()) {
          throw new UserError("environment variable " + passwordEnv + " is not set", 2);
        }
        return v.toCharArray();
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new UserError("give the password on the first line of standard input, or --password-env VAR", 2);
      }
      return line.toCharArray();
    }
  }

  @Command(name = "list", description = "List the users.")
  static final class List implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = open(global)) {
        users(db).names().forEach(out::println);
      }
      return 0;
    }
  }

  @Command(name = "rm", description = "Remove a user and end their sessions.")
  static final class Remove implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      try (Database db = open(global)) {
        if (!users(db).remove(name)) {
          throw new UserError("no user named " + name, 1);
        }
      }
      spec.commandLine().getOut().println("user " + name + " removed");
      return 0;
    }
  }
}
