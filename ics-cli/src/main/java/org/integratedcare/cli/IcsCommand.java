package org.integratedcare.cli;

import java.io.IOException;
import org.integratedcare.core.Bounds;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ics} command and its subcommands.
 *
 * <p>Exit codes: 0 when the command did what was asked (for {@code check}, nothing at or above the
 * threshold was found); 1 when {@code check} found findings at or above the threshold; 2 for bad
 * arguments or a bad input file, with one message on standard error; 3 for a fault in the tool
 * itself. No stack trace is ever printed.
 */
@Command(
    name = "ics",
    mixinStandardHelpOptions = true,
    versionProvider = IcsCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Checks, questions and draws the governance of an integrated care system in England, "
            + "from a model file (YAML or JSON).",
        "",
        "First try:  ./ics check examples/exampleshire-ics.yaml"},
    subcommands = {
        CheckCommand.class,
        DecideCommand.class,
        ChainCommand.class,
        CompletenessCommand.class,
        MetricsCommand.class,
        DiagramCommand.class,
        ReferenceCommand.class,
        MigrateCommand.class,
        ImportCommand.class,
        ExportCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  done; for check, nothing found at or above the --fail-on severity",
        "  1  check found findings at or above the --fail-on severity, or a rule failed",
        "  2  bad arguments or a bad input file (the message says what to fix)",
        "  3  a fault in the tool itself (please report it)"})
final class IcsCommand implements Callable<Integer> {
  private final Clock clock;
  private final Progress progress;

  @Spec
  CommandSpec spec;

  IcsCommand(Clock clock, Progress progress) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** The status line for long work, shown on a terminal only. */
  Progress progress() {
    return progress;
  }

  /** Today by the injected clock: the default date of every command. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("ics: which command? Use one of the commands below.");
    spec.commandLine().usage(err);
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Runs the command line in this process.
   *
   * @param clock the clock that gives today's date, not null
   * @param out where output goes, not null
   * @param err where messages go, not null
   * @param args the arguments, not null
   * @return the exit code
   */
  static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    return execute(clock, out, err, false, args);
  }

  /**
   * Runs the command line in this process, with a status line for long work if asked.
   *
   * @param progress whether to show the status line (on a terminal only)
   */
  static int execute(Clock clock, PrintWriter out, PrintWriter err, boolean progress, String... args) {
    Progress status = new Progress(err, progress);
    try {
      return commandLine(clock, out, err, status).execute(args);
    } catch (ServiceConfigurationError e) {
      status.done();
      // a rule pack declared on the class path that cannot be loaded: the user's set-up, not ours
      err.println("ics: a rule pack on the class path could not be loaded: "
          + Bounds.escape(String.valueOf(e.getMessage())));
      err.flush();
      return ExitCodes.BAD_INPUT;
    } catch (OutOfMemoryError e) {
      status.done();
      out.flush();
      err.println("ics: the command ran out of memory; give Java more (such as"
          + " JAVA_TOOL_OPTIONS=-Xmx4g) or, if the input is not trusted, do not raise its limits");
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    } catch (StackOverflowError e) {
      status.done();
      out.flush();
      err.println("ics: internal error (the call stack overflowed); please report it with the command you ran");
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    } catch (RuntimeException | Error e) {
      // anything escaping the command line's own handlers: one line, never a stack trace
      status.done();
      out.flush();
      err.println("ics: internal error (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + Bounds.excerpt(e.getMessage(), 200))
          + "); please report it with the command you ran");
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    } finally {
      status.done();
    }
  }

  /** The configured command line, for tests and for {@link Main}. */
  static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
    return commandLine(clock, out, err, new Progress(err, false));
  }

  private static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err, Progress progress) {
    IcsCommand top = new IcsCommand(clock, progress);
    CommandLine cl = new CommandLine(top, new Factory(top));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(IcsCommand::badArguments);
    cl.setExecutionExceptionHandler(IcsCommand::failed);
    return cl;
  }

  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    progressOf(cl).done();
    PrintWriter err = cl.getErr();
    err.println("ics: " + printable(e.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCodes.BAD_INPUT;
  }

  private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    progressOf(cl).done();
    PrintWriter err = cl.getErr();
    if (e instanceof CliException) {
      err.println("ics: " + printable(e.getMessage()));
      return ExitCodes.BAD_INPUT;
    }
    err.println("ics: internal error (" + e.getClass().getName()
        + (e.getMessage() == null ? "" : ": " + Bounds.excerpt(e.getMessage(), 200))
        + "); please report it with the command you ran");
    return ExitCodes.INTERNAL_ERROR;
  }

  /**
   * A message made safe for a terminal: each line {@linkplain Bounds#escape(String) escaped}, so an
   * argument or a file's text cannot send control or bidirectional-override characters.
   */
  static String printable(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(message.length());
    String[] lines = message.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(i == 0 ? "" : "\n").append(Bounds.escape(lines[i]));
    }
    return sb.toString();
  }

  private static Progress progressOf(CommandLine cl) {
    return ((IcsCommand) cl.getCommandSpec().root().userObject()).progress;
  }

  /** Makes command objects, giving each access to the top command (its clock). */
  private static final class Factory implements CommandLine.IFactory {
    private final IcsCommand top;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(IcsCommand top) {
      this.top = top;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == IcsCommand.class) {
        return type.cast(top);
      }
      return fallback.create(type);
    }
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = IcsCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"ics " + p.getProperty("version", "(development build)")};
    }
  }
}
