package org.integratedcare.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Every shell command in the {@code sh} blocks of README.md and docs/*.md, run as written.
 *
 * <p>Each command runs with bash in a fresh directory that looks like the root of a clone: the
 * bundled {@code examples}, the {@code ics} launcher, and the jars the build has just made where
 * the docs say they are. Files the commands write ({@code -o report.md}, {@code > x.svg}) land in
 * that directory, never in the project. A command passes when it exits 0 or 1 (1 is
 * {@code ics check}'s "findings at error severity"); 2 (bad input), 3 (a fault), 126 or 127 (not
 * found) fail it, with its output.
 *
 * <p>Not run here, and named on standard output with the reason: {@code ./mvnw} commands (the
 * build that runs this test), the benchmarks (minutes of measurement) and the check of the
 * England-scale files their generator writes. A command that needs a
 * tool the docs tell the reader to install (Graphviz's {@code dot}) is not run when the tool is
 * missing, unless {@code ICS_DOCS_REQUIRE_TOOLS=true}, as CI sets it, where it fails. (Commands not
 * run are left out rather than reported as skipped, so that a build on a machine without Graphviz
 * stays free of warnings.)
 */
@DisabledOnOs(OS.WINDOWS)
class DocumentedCommandsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern FENCE = Pattern.compile("^\\s*```(\\w*)\\s*$");
  private static final List<String> TOOLS = List.of("dot");
  private static final long TIMEOUT_SECONDS = 120;

  private static Path sandbox;

  /** A command and where it is written. */
  record Command(String file, int line, String text) {
    String name() {
      return file + ":" + line + ": " + text;
    }
  }

  @BeforeAll
  static void makeSandbox() throws IOException {
    sandbox = Files.createTempDirectory("ics-docs-");
    Files.createSymbolicLink(sandbox.resolve("examples"), ROOT.resolve("examples"));
    Files.copy(ROOT.resolve("ics"), sandbox.resolve("ics"), StandardCopyOption.COPY_ATTRIBUTES);
    link("ics-cli/target/ics.jar");
    link("ics-rules-example/target/ics-rules-example.jar");
  }

  private static void link(String jar) throws IOException {
    Path built = ROOT.resolve(jar);
    assertThat(built).as("%s is built before this module (run ./mvnw -B verify)", jar).isRegularFile();
    Files.createDirectories(sandbox.resolve(jar).getParent());
    Files.createSymbolicLink(sandbox.resolve(jar), built);
  }

  /** The commands of every sh block, with continuation lines joined and comment lines left out. */
  static List<Command> commands() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted(Comparator.naturalOrder()).forEach(files::add);
    }
    List<Command> commands = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String name = ROOT.relativize(file).toString();
      boolean inSh = false;
      boolean inOther = false;
      StringBuilder pending = null;
      int start = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher fence = FENCE.matcher(line);
        if (fence.matches()) {
          if (inSh || inOther) {
            inSh = false;
            inOther = false;
          } else if (fence.group(1).equals("sh") || fence.group(1).equals("bash")) {
            inSh = true;
          } else {
            inOther = true;
          }
          continue;
        }
        if (!inSh) {
          continue;
        }
        String text = line.strip();
        if (pending == null && (text.isEmpty() || text.startsWith("#"))) {
          continue;
        }
        if (pending == null) {
          pending = new StringBuilder();
          start = i + 1;
        }
        if (text.endsWith("\\")) {
          pending.append(text, 0, text.length() - 1).append(' ');
          continue;
        }
        pending.append(text);
        commands.add(new Command(name, start, pending.toString()));
        pending = null;
      }
    }
    return commands;
  }

  @Test
  void theReadmesFirstCommand_isTheCheckOfTheExample() throws IOException {
    assertThat(commands()).first().extracting(Command::file, Command::text)
        .containsExactly("README.md", "./ics check examples/exampleshire-ics.yaml");
  }

  @Test
  void noCommand_callsIcsWithoutThePathToIt() throws IOException {
    // "ics check ..." only works once the reader has put the clone on the PATH; the docs use ./ics
    assertThat(commands()).extracting(Command::text).noneMatch(c -> c.matches("^ics\\b.*"));
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedCommand_runsAsWritten() throws IOException {
    List<Command> commands = commands();
    assertThat(commands).hasSizeGreaterThan(20);
    List<Command> run = new ArrayList<>();
    for (Command c : commands) {
      Optional<String> reason = notRunBecause(c.text());
      if (reason.isPresent()) {
        System.out.println("not run here (" + reason.get() + "): " + c.name());
      } else {
        run.add(c);
      }
    }
    return run.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
  }

  @Test
  void onlyBuildsBenchmarksAndCommandsNeedingATool_areNotRun() {
    assertThat(notRunBecause("./mvnw -B verify")).isPresent();
    assertThat(notRunBecause("java -jar ics-benchmarks/target/benchmarks.jar")).isPresent();
    assertThat(notRunBecause("./ics check target/england/england-10.json --max-file-size 200MB")).isPresent();
    assertThat(notRunBecause("./ics check examples/exampleshire-ics.yaml")).isEmpty();
    assertThat(notRunBecause("java -cp ics-cli/target/ics.jar org.integratedcare.cli.Main check x")).isEmpty();
  }

  private static void run(Command c) throws Exception {
    Path log = Files.createTempFile(sandbox, "out-", ".log");
    Process p = new ProcessBuilder("bash", "-c", "set -o pipefail\n" + c.text())
        .directory(sandbox.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("%s did not finish in %d s", c.name(), TIMEOUT_SECONDS);
    }
    int code = p.exitValue();
    if (code != 0 && code != 1) {
      fail("%s exited %d; its output:%n%s", c.name(), code, Files.readString(log));
    }
  }

  /** Why a command is not run here, if it is not. */
  static Optional<String> notRunBecause(String command) {
    if (command.startsWith("./mvnw")) {
      return Optional.of("the build itself: this test runs inside it");
    }
    if (command.contains("ics-benchmarks")) {
      return Optional.of("benchmarks: minutes of measurement, run by hand");
    }
    if (command.contains("target/england")) {
      return Optional.of("reads the England-scale files that the benchmarks' generator writes, run by hand");
    }
    for (String tool : TOOLS) {
      if (Pattern.compile("(^|\\|)\\s*" + tool + "\\b").matcher(command).find() && !onPath(tool)) {
        if (Boolean.parseBoolean(System.getenv("ICS_DOCS_REQUIRE_TOOLS"))) {
          fail("'%s' is needed by a documented command and is not installed: %s", tool, command);
        }
        return Optional.of("needs '" + tool + "', which is not installed here (CI installs it)");
      }
    }
    return Optional.empty();
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
