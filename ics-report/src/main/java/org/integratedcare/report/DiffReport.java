package org.integratedcare.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.integratedcare.governance.diff.AuthorityChange;
import org.integratedcare.governance.diff.ChainChange;
import org.integratedcare.governance.diff.FieldChange;
import org.integratedcare.governance.diff.FindingChange;
import org.integratedcare.governance.diff.ModelDiff;
import org.integratedcare.governance.diff.RecordChange;
import org.integratedcare.governance.diff.RecordChangeKind;
import org.integratedcare.governance.reform.WhatIf;
import org.integratedcare.governance.rules.Finding;

/**
 * What changed between two versions of a system's arrangements, in Markdown fit for the board
 * paper that approves a revised constitution or scheme of reservation and delegation: a summary,
 * then the records added, removed and changed (each changed attribute before and after), who may
 * decide each function before and after, the lines of accountability added and removed, and the
 * rule findings that appeared or cleared.
 *
 * <pre>{@code
 * String markdown = DiffReport.toMarkdown(ModelDiff.between(current, revised, date));
 * }</pre>
 *
 * <p>All user text is escaped as in {@link MarkdownReport}; sections and rows follow the order of
 * the diff, so the same diff always gives the same bytes. This class is thread-safe.
 */
public final class DiffReport {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private DiffReport() {}

  /**
   * The diff as a Markdown document.
   *
   * @param diff the diff, not null
   * @return the Markdown text, ending with a line break
   * @throws NullPointerException if {@code diff} is null
   */
  public static String toMarkdown(ModelDiff diff) {
    Objects.requireNonNull(diff, "diff");
    StringBuilder out = new StringBuilder();
    String before = diff.beforeName().orElse("the earlier version");
    String after = diff.afterName().orElse("the later version");
    out.append("# Changes to ").append(MarkdownReport.escape(after)).append("\n\n");
    if (before.equals(after) && diff.beforeDate().equals(diff.afterDate())) {
      out.append("Comparing two versions of ").append(MarkdownReport.escape(after)).append(", both read on ")
          .append(DATE.format(diff.afterDate()));
    } else if (before.equals(after)) {
      out.append("Comparing ").append(MarkdownReport.escape(after)).append(" on ").append(DATE.format(diff.beforeDate()))
          .append(" with the same on ").append(DATE.format(diff.afterDate()));
    } else {
      out.append("Comparing ").append(MarkdownReport.escape(before)).append(" on ").append(DATE.format(diff.beforeDate()))
          .append(" with ").append(MarkdownReport.escape(after)).append(" on ").append(DATE.format(diff.afterDate()));
    }
    out.append(".\n\n");
    body(out, diff);
    return out.toString();
  }

  /**
   * What a reform would change, as a Markdown document: the reform's changes, each with its source
   * and status (a bill is not law), then the changes to the model as {@link #toMarkdown(ModelDiff)}
   * lists them.
   *
   * @param whatIf the what-if, not null
   * @return the Markdown text, ending with a line break
   * @throws NullPointerException if {@code whatIf} is null
   */
  public static String toMarkdown(WhatIf whatIf) {
    Objects.requireNonNull(whatIf, "whatIf");
    StringBuilder out = new StringBuilder();
    ModelDiff diff = whatIf.diff();
    out.append("# What if: ").append(MarkdownReport.escape(whatIf.scenario().name())).append("\n\n")
        .append(MarkdownReport.escape(diff.beforeName().orElse("The model"))).append(" as recorded, and with the ")
        .append("reform taking effect on ").append(DATE.format(whatIf.effective())).append(", both read on ")
        .append(DATE.format(whatIf.date())).append(". Each change rests on its source; a bill is not law.\n\n")
        .append("## The reform's changes\n\n");
    whatIf.applied().applied().forEach(a -> out.append("- ").append(MarkdownReport.escape(a.sentence())).append('\n'));
    out.append('\n');
    body(out, diff);
    return out.toString();
  }

  private static void body(StringBuilder out, ModelDiff diff) {
    if (diff.isEmpty()) {
      out.append("No changes: the same records, the same deciders, the same lines of accountability and the same "
          + "findings.\n");
      return;
    }
    out.append("## Summary\n\n");
    summaryLine(out, diff.records().size(), "record", "records", "added, removed, changed, come into force or ended");
    summaryLine(out, diff.authority().size(), "function whose deciders changed", "functions whose deciders changed", "");
    summaryLine(out, diff.chains().size(), "subject whose accountability changed",
        "subjects whose accountability changed", "");
    long appeared = diff.findings().stream().filter(f -> f.kind() == FindingChange.Kind.APPEARED).count();
    summaryLine(out, (int) appeared, "finding appeared", "findings appeared", "");
    summaryLine(out, (int) (diff.findings().size() - appeared), "finding cleared", "findings cleared", "");
    out.append('\n');
    records(out, diff.records());
    authority(out, diff.authority());
    chains(out, diff.chains());
    findings(out, diff.findings());
  }

  private static void summaryLine(StringBuilder out, int n, String one, String many, String tail) {
    if (n > 0) {
      out.append("- ").append(n).append(' ').append(n == 1 ? one : many).append(tail.isEmpty() ? "" : " " + tail)
          .append('\n');
    }
  }

  private static void records(StringBuilder out, List<RecordChange> records) {
    if (records.isEmpty()) {
      return;
    }
    out.append("## Records\n\n");
    for (RecordChangeKind kind : RecordChangeKind.values()) {
      List<RecordChange> of = records.stream().filter(r -> r.kind() == kind).toList();
      if (of.isEmpty()) {
        continue;
      }
      out.append("### ").append(heading(kind)).append("\n\n");
      if (kind == RecordChangeKind.CHANGED) {
        for (RecordChange r : of) {
          out.append("**").append(MarkdownReport.escape(capital(r.label()))).append("**\n\n")
              .append("| Attribute | Before | After |\n|---|---|---|\n");
          for (FieldChange f : r.fields()) {
            out.append("| ").append(MarkdownReport.escape(f.fieldWords())).append(" | ")
                .append(MarkdownReport.escape(f.before())).append(" | ").append(MarkdownReport.escape(f.after()))
                .append(" |\n");
          }
          out.append('\n');
        }
      } else {
        of.forEach(r -> out.append("- ").append(MarkdownReport.escape(r.sentence())).append('\n'));
        out.append('\n');
      }
    }
  }

  private static String heading(RecordChangeKind kind) {
    return switch (kind) {
      case ADDED -> "Added";
      case REMOVED -> "Removed";
      case CHANGED -> "Changed";
      case CAME_INTO_FORCE -> "Came into force";
      case ENDED -> "No longer in force";
      case TOOK_EFFECT -> "Changes to organisations that took effect";
    };
  }

  private static void authority(StringBuilder out, List<AuthorityChange> authority) {
    if (authority.isEmpty()) {
      return;
    }
    out.append("## Who may decide\n\n")
        .append("Deciders whose decision binds the organisation that holds the function, before and after; "
            + "\"advisory\" and \"cannot tell\" where they changed.\n\n")
        .append("| Function | Before | After |\n|---|---|---|\n");
    for (AuthorityChange a : authority) {
      out.append("| ").append(MarkdownReport.escape(a.functionName())).append(" | ")
          .append(deciders(a.before(), a.after(), a.before())).append(" | ")
          .append(deciders(a.before(), a.after(), a.after())).append(" |\n");
    }
    out.append('\n');
  }

  private static String deciders(AuthorityChange.Deciders before, AuthorityChange.Deciders after,
      AuthorityChange.Deciders side) {
    StringBuilder s = new StringBuilder(MarkdownReport.escape(listOrNone(side.binding())));
    if (!before.advisory().equals(after.advisory())) {
      s.append("; advisory: ").append(MarkdownReport.escape(listOrNone(side.advisory())));
    }
    if (!before.cannotTell().equals(after.cannotTell())) {
      s.append("; cannot tell: ").append(MarkdownReport.escape(listOrNone(side.cannotTell())));
    }
    return s.toString();
  }

  private static String listOrNone(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static void chains(StringBuilder out, List<ChainChange> chains) {
    if (chains.isEmpty()) {
      return;
    }
    out.append("## Who answers\n\n");
    for (ChainChange c : chains) {
      out.append("### ").append(MarkdownReport.escape(c.name())).append("\n\n");
      c.added().forEach(l -> out.append("- Added: ").append(MarkdownReport.escape(l)).append('\n'));
      c.removed().forEach(l -> out.append("- Removed: ").append(MarkdownReport.escape(l)).append('\n'));
      out.append('\n');
    }
  }

  private static void findings(StringBuilder out, List<FindingChange> findings) {
    if (findings.isEmpty()) {
      return;
    }
    out.append("## Findings\n\n");
    for (FindingChange.Kind kind : FindingChange.Kind.values()) {
      List<FindingChange> of = findings.stream().filter(f -> f.kind() == kind).toList();
      if (of.isEmpty()) {
        continue;
      }
      out.append("### ").append(kind == FindingChange.Kind.APPEARED ? "Appeared" : "Cleared").append("\n\n")
          .append("| Severity | Rule | Subject | Finding | Basis |\n|---|---|---|---|---|\n");
      for (FindingChange c : of) {
        Finding f = c.finding();
        out.append("| ").append(f.severity().typeName()).append(" | ").append(MarkdownReport.escape(f.ruleId()))
            .append(" | ").append(MarkdownReport.escape(f.subject().id())).append(" | ")
            .append(MarkdownReport.escape(f.message()))
            .append(c.because().map(b -> " Cleared because: " + MarkdownReport.escape(b) + ".").orElse(""))
            .append(" | ")
            .append(MarkdownReport.escape(f.basis().kind().typeName() + ": " + f.basis().citation())).append(" |\n");
      }
      out.append('\n');
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
