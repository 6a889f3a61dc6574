package org.integratedcare.core.body;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.integratedcare.core.Identified;
import org.integratedcare.core.Source;
import org.integratedcare.core.internal.Checks;
import org.integratedcare.core.time.DateRange;
import org.integratedcare.core.time.Dated;

/**
 * A person who may hold posts: their name, employments and declared interests.
 *
 * <p>A person may hold several posts at once through several {@linkplain Appointment
 * appointments}. Employments are dated organisation ids, so that a rule can tell whether an ICB's
 * chief executive is its employee (Sch 1B para 7(2)).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person implements Identified {
  Person() {}

  @Override
  public abstract String id();

  /** The person's name. */
  public abstract String name();

  /** The organisations that employ or employed the person, by id, with dates. */
  public abstract List<Dated<String>> employments();

  /** The person's declared interests. */
  public abstract List<Declaration> declarations();

  @Override
  public abstract List<Source> sources();

  /** Whether the person is employed by organisation {@code organisationId} on {@code date}. */
  public boolean isEmployedBy(String organisationId, LocalDate date) {
    return employments().stream().anyMatch(e -> e.value().equals(organisationId) && e.holdsOn(date));
  }

  /** The person's declarations that hold on {@code date}. */
  public List<Declaration> declarationsOn(LocalDate date) {
    return declarations().stream().filter(d -> d.period().contains(date)).toList();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; id and name are required. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}

    /** Adds an employment by organisation {@code organisationId} for {@code period}. */
    public Builder employment(String organisationId, DateRange period) {
      return addEmployments(Dated.of(organisationId, period));
    }
  }

  @Value.Check
  void check() {
    Checks.id("person id", id());
    Checks.text("person name", name());
    employments().forEach(e -> Checks.id("employer", e.value()));
  }
}
