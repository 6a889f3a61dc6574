package org.integratedcare.cli;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.integratedcare.core.structure.Structure;
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
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
    f.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    return f.format(amount);
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
   * @throws CliException naming the option and the id, saying what the id is if it names a record
   *     of another kind, suggesting the nearest ids ("did you mean") and listing the ids it could
   *     be when there are few enough to read
   */
  @SafeVarargs
  static void require(IcsModel model, String option, String id, String what, Class<? extends Identified>... types) {
    List<Class<? extends Identified>> kinds = new ArrayList<>();
    for (Class<? extends Identified> t : types) {
      kinds.add(t);
    }
    Optional<Identified> r = model.find(id);
    if (r.isPresent() && kinds.stream().anyMatch(t -> t.isInstance(r.get()))) {
      return;
    }
    StringBuilder message = new StringBuilder(option).append(": '").append(id).append("' is not ")
        .append(what).append(" of the model");
    if (r.isPresent()) {
      message.append(" (it is a ").append(kind(r.get())).append(')');
    }
    List<String> ids = candidates(model, kinds);
    List<String> near = Suggestions.nearest(id, ids);
    if (!near.isEmpty()) {
      message.append("; did you mean ").append(Suggestions.orList(near)).append('?');
    }
    if (!ids.isEmpty() && ids.size() <= MAX_LISTED) {
      message.append(" The ids are: ").append(String.join(", ", ids)).append('.');
    } else if (!ids.isEmpty()) {
      message.append(" The model file has all ").append(ids.size()).append(" of them.");
    }
    throw new CliException(message.toString());
  }

  /** The ids of the model's records of the given types, in the model's order. */
  static List<String> candidates(IcsModel model, List<Class<? extends Identified>> wanted) {
    List<String> ids = new ArrayList<>();
    if (wanted.contains(Organisation.class)) {
      model.organisations().forEach(o -> ids.add(o.id()));
    }
    if (wanted.contains(Body.class)) {
      model.bodies().forEach(b -> ids.add(b.id()));
    }
    if (wanted.contains(Post.class)) {
      model.posts().forEach(p -> ids.add(p.id()));
    }
    if (wanted.contains(StatutoryFunction.class)) {
      model.functions().forEach(f -> ids.add(f.id()));
    }
    for (Structure x : model.structures()) {
      if (wanted.stream().anyMatch(t -> t.isInstance(x))) {
        ids.add(x.id());
      }
    }
    return List.copyOf(new LinkedHashSet<>(ids));
  }

  private static String kind(Identified e) {
    String simple = e.getClass().getSimpleName().replaceFirst("^Immutable", "");
    return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
