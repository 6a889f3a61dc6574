package org.integratedcare.metrics.structure;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All structural measures of a model on a date.
 *
 * <p>Each measure can also be computed alone with its own {@code of(ModelView)} factory: {@link
 * Subsidiarity}, {@link Inclusion}, {@link AccountabilityClarity}, {@link Duplication}, {@link
 * MechanismBalance} and {@link PartnershipNetwork}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param model the model's name, if it has one
 * @param date the date measured
 * @param subsidiarity where functions are exercised
 * @param inclusion which sectors have seats on partnership forums
 * @param accountability how clearly functions are answered for
 * @param duplication functions with overlapping binding authority
 * @param mechanisms the balance of formal and informal mechanisms
 * @param network the partnership network and its brokers
 */
public record StructuralMeasures(
    Optional<String> model,
    LocalDate date,
    Subsidiarity subsidiarity,
    Inclusion inclusion,
    AccountabilityClarity accountability,
    Duplication duplication,
    MechanismBalance mechanisms,
    PartnershipNetwork network) {

  /**
   * Checks the value.
   *
   * @throws NullPointerException if any argument is null
   */
  public StructuralMeasures {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subsidiarity, "subsidiarity");
    Objects.requireNonNull(inclusion, "inclusion");
    Objects.requireNonNull(accountability, "accountability");
    Objects.requireNonNull(duplication, "duplication");
    Objects.requireNonNull(mechanisms, "mechanisms");
    Objects.requireNonNull(network, "network");
  }

  /**
   * Computes every structural measure of a model on a date.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the measures
   */
  public static StructuralMeasures of(IcsModel model, LocalDate date) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(date, "date");
    return of(model.on(date));
  }

  /**
   * Computes every structural measure of a model view.
   *
   * @param view the model on a date, not null
   * @return the measures
   */
  public static StructuralMeasures of(ModelView view) {
    Objects.requireNonNull(view, "view");
    StructuralMeasures m = new StructuralMeasures(view.model().name(), view.date(), Subsidiarity.of(view),
        Inclusion.of(view), AccountabilityClarity.of(view), Duplication.of(view), MechanismBalance.of(view),
        PartnershipNetwork.of(view));
    Log.LOG.debug("measured {} on {}: {} functions, {} forums, {} mechanisms, {} organisations in the network",
        m.model().orElse("an unnamed model"), m.date(), m.subsidiarity().functionsInForce(),
        m.inclusion().forums().size(), m.mechanisms().total(), m.network().organisations());
    return m;
  }

  /** The logger, kept out of the record's components. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger(StructuralMeasures.class);
  }
}
