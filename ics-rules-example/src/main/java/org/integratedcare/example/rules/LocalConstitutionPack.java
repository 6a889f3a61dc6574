package org.integratedcare.example.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.integratedcare.core.ModelView;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.structure.Icb;
import org.integratedcare.governance.rules.Basis;
import org.integratedcare.governance.rules.Finding;
import org.integratedcare.governance.rules.Rule;
import org.integratedcare.governance.rules.RuleContext;
import org.integratedcare.governance.rules.RulePack;
import org.integratedcare.governance.rules.Severity;

/**
 * A rule pack as a user would write one for their own system's constitution: ids under the
 * user's own prefix ({@code example.constitution}), a version of their own, and a basis that cites
 * their own documents.
 *
 * <ul>
 *   <li>{@code example.constitution.board-of-ten}: each ICB board has at least ten members, the
 *       minimum under the model constitution as summarised by the Health Foundation.
 *   <li>{@code example.constitution.delegations-report-back}: every delegation in force names the
 *       body it reports back to, as the local scheme of delegation requires.
 * </ul>
 *
 * <p>It is declared in this module's {@code module-info.java} ({@code provides ... with}) and in
 * {@code META-INF/services}, so {@code RulePacks.discover()} finds it on the module path or the
 * class path. This class is immutable and thread-safe.
 */
public final class LocalConstitutionPack implements RulePack {
  /** The pack's id. */
  public static final String ID = "example.constitution";

  private final List<Rule> rules = List.of(new BoardOfTen(), new DelegationsReportBack());

  /** The pack; a public no-argument constructor, as {@code ServiceLoader} needs. */
  public LocalConstitutionPack() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "2026.1";
  }

  @Override
  public String title() {
    return "Our constitution and scheme of delegation";
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  /** Each ICB board has at least ten members on the date. */
  static final class BoardOfTen implements Rule {
    @Override
    public String id() {
      return ID + ".board-of-ten";
    }

    @Override
    public String title() {
      return "The ICB board has at least ten members";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Basis basis() {
      return Basis.constitution("Our ICB constitution, section 2 (board of at least ten, after the "
          + "NHS England model constitution as summarised by the Health Foundation)");
    }

    @Override
    public List<Finding> check(RuleContext context) {
      ModelView view = context.view();
      List<Finding> out = new ArrayList<>();
      for (Icb icb : view.structures(Icb.class)) {
        icb.board().flatMap(view::body).ifPresent(board -> {
          Set<String> members = new HashSet<>();
          for (Appointment a : view.appointmentsOn(board.id())) {
            members.add(a.person());
          }
          if (members.size() < 10) {
            out.add(Finding.of(this, context.subject(board.id()), "The board " + board.name()
                + " has " + members.size() + " members on " + view.date()
                + "; our constitution sets a board of at least ten.", board.id()));
          }
        });
      }
      return out;
    }
  }

  /** Every delegation in force names whom it reports back to. */
  static final class DelegationsReportBack implements Rule {
    @Override
    public String id() {
      return ID + ".delegations-report-back";
    }

    @Override
    public String title() {
      return "Every delegation names whom it reports back to";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public Basis basis() {
      return Basis.constitution("Our scheme of reservation and delegation, para 4.2 (duty to report back)");
    }

    @Override
    public List<Finding> check(RuleContext context) {
      List<Finding> out = new ArrayList<>();
      for (Delegation d : context.view().delegations()) {
        if (d.reportsTo().isEmpty()) {
          out.add(Finding.of(this, context.subject(d.id()), "Delegation " + d.id() + " from "
              + d.delegator() + " to " + d.delegate() + " does not say whom the delegate reports back to.",
              d.id(), d.delegator(), d.delegate()));
        }
      }
      return out;
    }
  }
}
