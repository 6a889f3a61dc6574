package org.integratedcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The status line: shown for slow work on a terminal only, and wiped before anything else. */
class ProgressTest {
  @Test
  void slowStage_isShownThenWiped() throws Exception {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err, true), true);

    progress.stage("running the rules");
    Thread.sleep(1600);
    progress.done();

    assertThat(err.toString()).startsWith("\rics: running the rules... (1 s)\u001b[K").endsWith("\r\u001b[K");
  }

  @Test
  void quickStage_showsNothing() throws Exception {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err, true), true);

    progress.stage("reading a small file");
    Thread.sleep(300);
    progress.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void off_orNotATerminal_showsNothing() throws Exception {
    StringWriter err = new StringWriter();
    Progress off = new Progress(new PrintWriter(err, true), false);
    Progress json = new Progress(new PrintWriter(err, true), true);

    off.stage("reading");
    json.off();
    json.stage("reading");
    Thread.sleep(1300);
    off.done();
    json.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void commandsInATestOrAPipe_neverShowIt() {
    assertThat(Run.ics("check", "--list-packs").err()).isEmpty();
  }
}
