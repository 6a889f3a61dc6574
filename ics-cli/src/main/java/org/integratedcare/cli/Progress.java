package org.integratedcare.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A one-line status on a terminal for work that takes more than a moment: "ics: running 32 rules
 * (3 s)". It appears only after a second, updates in place, and is wiped before anything else is
 * written, so short commands never show it. It is off unless the command runs on a terminal
 * (never in a pipe, a file or a test), and commands that write JSON turn it off.
 */
final class Progress {
  /** Whether to show progress: the {@code ics} launcher says so; otherwise, whether there is a console. */
  static boolean onTerminal() {
    String setting = System.getProperty("ics.progress");
    if (setting != null) {
      return setting.equals("on");
    }
    return System.console() != null;
  }

  private static final long DELAY_MS = 1000;
  private static final long EVERY_MS = 250;

  private final PrintWriter err;
  private boolean enabled;
  private String stage = "";
  private long started;
  private boolean shown;
  private ScheduledExecutorService timer;
  private ScheduledFuture<?> ticking;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Turns the status off for this run, such as when the output is JSON for a program. */
  synchronized void off() {
    clear();
    enabled = false;
  }

  /** Says what the command is doing now; shown if it is still doing it a second later. */
  synchronized void stage(String what) {
    if (!enabled) {
      return;
    }
    stage = what;
    started = System.nanoTime();
    if (timer == null) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ics-progress");
        t.setDaemon(true);
        return t;
      });
      ticking = timer.scheduleAtFixedRate(this::tick, EVERY_MS, EVERY_MS, TimeUnit.MILLISECONDS);
    }
  }

  /** Wipes the status line and stops; call before writing anything else to the terminal. */
  synchronized void done() {
    clear();
    if (timer != null) {
      ticking.cancel(false);
      timer.shutdownNow();
      timer = null;
    }
  }

  private synchronized void tick() {
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    if (!enabled || elapsed < DELAY_MS) {
      return;
    }
    err.print("\rics: " + stage + "... (" + (elapsed / 1000) + " s)\u001b[K");
    err.flush();
    shown = true;
  }

  private void clear() {
    if (shown) {
      err.print("\r\u001b[K");
      err.flush();
      shown = false;
    }
  }
}
