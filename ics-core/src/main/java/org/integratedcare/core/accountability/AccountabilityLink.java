package org.integratedcare.core.accountability;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.integratedcare.core.ModelElement;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;

/**
 * One line of accountability: who gives account, to whom, in which direction, on what basis, for
 * which functions, and when.
 *
 * <p>Giver and holder are ids of organisations, bodies or posts. An empty {@linkplain #functions()
 * function scope} means the link covers everything the giver does.
 *
 * <p>A link is either <b>recorded</b> (written in a model file or added to a model by its builder)
 * or <b>implied by statute</b>: derived by the governance module from the kinds of the
 * organisations in a model (an ICB answers to NHS England, a council to its electorate, and so on),
 * so that nobody has to type what the law already fixes. Only implied links say {@link
 * #impliedByStatute()}; a model's own links never do.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountabilityLink implements ModelElement {
  AccountabilityLink() {}

  @Override
  public abstract String id();

  /** The id of the organisation, body or post that gives account. */
  public abstract String giver();

  /** The id of the organisation, body or post that holds it to account. */
  public abstract String holder();

  /** The direction. */
  public abstract AccountabilityDirection direction();

  /** What the link rests on. */
  public abstract AccountabilityBasis basis();

  /** A citation in words, such as "NHS Act 2006 s.14Z59", if recorded. */
  public abstract Optional<String> citation();

  /** The ids of the functions covered; empty means all. */
  public abstract Set<String> functions();

  /**
   * Whether the link is implied by statute rather than recorded: true only for the links the
   * governance module derives from organisations' kinds; false for every link of a model.
   */
  @Value.Default
  public boolean impliedByStatute() {
    return false;
  }

  @Override
  public abstract DateRange period();

  @Override
  public abstract List<Source> sources();

  /** Whether the link covers function {@code functionId}. */
  public boolean covers(String functionId) {
    return functions().isEmpty() || functions().contains(functionId);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountabilityLink}; id, giver, holder, direction, basis and period are required. */
  public static final class Builder extends ImmutableAccountabilityLink.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("accountability link id", id());
    Checks.id("giver", giver());
    Checks.id("holder", holder());
    Checks.that(!giver().equals(holder()), "accountability link '" + id() + "' runs from '" + giver() + "' to itself");
    Checks.ids("function", functions());
  }
}
