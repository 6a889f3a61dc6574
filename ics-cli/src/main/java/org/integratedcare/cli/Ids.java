package org.integratedcare.cli;

import org.integratedcare.governance.internal.Names;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.Identified;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.organisation.Organisation;

/** Display names of records for output, and checks that ids given on the command line exist. */
final class Ids {
  private static final int MAX_LISTED = 25;

  private Ids() {}

  /** An amount in pounds, grouped in thousands, with pence only when there are any: "£2,500,000". */
  static String pounds(BigDecimal amount) {
    return Names.money(amount);
  }

  /** "Name (id)" for a record, or the id alone if the record has no name. */
  static String of(IcsModel model, String id, LocalDate date) {
    Optional<Identified> r = model.find(id);
    if (r.isEmpty()) {
      return id;
    }
    Identified e = r.get();
    String name = null;
    if (e instanceof Organisation o) {
      name = o.nameOn(date).orElse(o.name());
    } else if (e instanceof Body b) {
      name = b.name();
    } else if (e instanceof Post p) {
      name = p.title() + ", " + model.body(p.body()).map(Body::name).orElse(p.body());
    } else if (e instanceof StatutoryFunction f) {
      name = f.name();
    }
    return name == null ? id : name + " (" + id + ")";
  }

  /**
   * Requires an id to name a record of one of the given types.
   *
   * @param candidates the ids it could be, asked for only when the id is wrong
   * @throws CliException naming the option, the id and, if few enough, the ids it could be
   */
  @SafeVarargs
  static void require(IcsModel model, String option, String id, String what, Supplier<List<String>> candidates,
      Class<? extends Identified>... types) {
    Optional<Identified> r = model.find(id);
    boolean ok = r.isPresent() && java.util.Arrays.stream(types).anyMatch(t -> t.isInstance(r.get()));
    if (ok) {
      return;
    }
    StringBuilder message = new StringBuilder(option).append(": '").append(id).append("' is not ")
        .append(what).append(" of the model");
    if (r.isPresent()) {
      message.append(" (it is a ").append(kind(r.get())).append(')');
    }
    List<String> ids = candidates.get();
    if (!ids.isEmpty() && ids.size() <= MAX_LISTED) {
      message.append("; the ids are: ").append(String.join(", ", ids));
    }
    throw new CliException(message.toString());
  }

  private static String kind(Identified e) {
    String simple = e.getClass().getSimpleName().replaceFirst("^Immutable", "");
    return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
