package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.integratedcare.testkit.SampleSystems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files and bad arguments through the command line, in process: each run ends in exit 0, 1
 * or 2 with plain messages, never a stack trace, an internal error or a Java, Jackson or SnakeYAML
 * name. The files are the reader's corpus ({@code ics-io/src/test/resources/hostile}).
 */
class HostileInputTest {
  private static final Path CORPUS = Path.of("../ics-io/src/test/resources/hostile");
  private static final List<String> JARGON = List.of("Exception", "java.", "jackson", "Jackson",
      "snakeyaml", "SnakeYAML", "org.", "\tat ", "<stream", "<block", "internal error", "+SEQ", "ALLOW_");

  @TempDir
  static Path dir;
  private static String model;

  @BeforeAll
  static void sample() throws IOException {
    model = SampleSystems.riversideFile(dir).toString();
  }

  static Stream<Arguments> corpusRuns() throws IOException {
    List<Arguments> runs = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.sorted().toList()) {
        String file = f.toString();
        runs.add(Arguments.of(f.getFileName() + ": check", new String[] {"check", file}));
        runs.add(Arguments.of(f.getFileName() + ": decide", new String[] {"decide", file, "-F", "fn", "--for", "icb",
            "-b", "board", "--amount", "500", "-d", "2024-01-01"}));
        runs.add(Arguments.of(f.getFileName() + ": diagram", new String[] {"diagram", "delegations", file}));
        runs.add(Arguments.of(f.getFileName() + ": metrics", new String[] {"metrics", file}));
        runs.add(Arguments.of(f.getFileName() + ": chain", new String[] {"chain", file, "board"}));
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusRuns")
  void corpusFile_endsCleanlyInEveryCommand(String name, String[] args) {
    assertClean(Run.ics(args));
  }

  static Stream<Arguments> badArguments() {
    String m = "MODEL";
    String[][] lists = {
        {},
        {"nonsense"},
        {"--no-such-option"},
        {"check", "no-such-file.yaml"},
        {"check", "DIR"},
        {"check", "FIFO"},
        {"check", "model.txt"},
        {"check", m, "--date", "2026-13-45"},
        {"check", m, "--date", "+999999999-01-01"},
        {"check", m, "--date", "3000-01-01"},
        {"check", m, "--date", "\u001b[31m"},
        {"check", m, "--pack", ","},
        {"check", m, "--pack", "no-such-pack"},
        {"check", m, "--fail-on", "catastrophe"},
        {"check", m, "--format", "pdf"},
        {"check", m, "--suppressions", "no-such-file.yaml"},
        {"check", m, "--suppressions", "FIFO"},
        {"check", m, "--max-file-size", "0"},
        {"check", m, "--max-file-size", "-5MB"},
        {"check", m, "--max-file-size", "9999999999GB"},
        {"check", m, "extra"},
        {"decide"},
        {"decide", m},
        {"decide", m, "--function", "contracts", "--for", ","},
        {"decide", m, "--function", "contracts", "--for", "icb", "--amount", "1e999999999"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--amount", ".inf"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--amount", "NaN"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--amount", "1234567890123456"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--amount", "0.001"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--amount", "-1"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--amount", "9".repeat(100_000)},
        {"decide", m, "--function", "no-such-function", "--for", "icb"},
        {"decide", m, "--function", "contracts", "--for", "no-such-org"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--by", "no-such-body"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--by", "\u202e\u0000"},
        {"decide", m, "--function", "contracts", "--for", "icb", "--format", "xml"},
        {"chain"},
        {"chain", m},
        {"chain", m, "no-such-subject"},
        {"chain", m, "icb", "--format", "no-such-format"},
        {"chain", m, "icb", "--date", "yesterday"},
        {"metrics"},
        {"metrics", m, "--format", "xml"},
        {"metrics", m, "--inputs", "no-such-file.yaml"},
        {"metrics", m, "--inputs", "DIR"},
        {"metrics", m, "--framework", "FIFO"},
        {"diagram"},
        {"diagram", "everything", m},
        {"diagram", "chain", m},
        {"diagram", "chain", m, "--subject", "no-such-subject"},
        {"diagram", "structure", m, "--format", "no-such-format"},
        {"reference"},
        {"reference", "icbs", "--date", "1066-10-14"},
        {"reference", "successors"},
        {"reference", "successors", "NO-SUCH-ICB"},
        {"help", "nonsense"},
    };
    return Stream.of(lists).map(a -> Arguments.of(String.join(" ", a).replaceAll("9{20,}", "9…"), a));
  }

  @ParameterizedTest(name = "ics {0}")
  @MethodSource("badArguments")
  void badArguments_exit2WithAPlainMessage(String name, String[] template) throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    if (!Files.exists(fifo)) {
      new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    }
    Path txt = dir.resolve("model.txt");
    Files.writeString(txt, "name: x\n");
    String[] args = template.clone();
    for (int i = 0; i < args.length; i++) {
      args[i] = switch (args[i]) {
        case "MODEL" -> model;
        case "DIR" -> dir.toString();
        case "FIFO" -> fifo.toString();
        case "model.txt" -> txt.toString();
        default -> args[i];
      };
    }
    Run run = Run.ics(args);
    assertThat(run.exitCode()).as("exit code of ics %s; stderr: %s", name, run.err()).isEqualTo(2);
    assertThat(run.err()).startsWith("ics: ");
    assertClean(run);
  }

  @Test
  void controlCharactersInArguments_areEscapedInMessages() {
    // a decider id with control characters is escaped in the message, never printed raw
    Run run = Run.ics("decide", model, "--function", "contracts", "--for", "icb", "--by", "\u001b[2J");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("\\u001B[2J").doesNotContain("\u001b");
  }

  private static void assertClean(Run run) {
    assertThat(run.exitCode()).as("stderr: %s", run.err()).isBetween(0, 2);
    for (String word : JARGON) {
      assertThat(run.err()).as("stderr").doesNotContain(word);
    }
    assertThat(run.err().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r').count())
        .as("control characters on stderr").isZero();
    assertThat(run.err().length()).isLessThan(100_000);
    if (run.exitCode() == 2) {
      assertThat(run.out()).isEmpty();
    }
  }
}
