/**
 * The nouns of integrated care system governance in England, as immutable values over time.
 *
 * <p>An {@link org.integratedcare.core.IcsModel} is one checked, indexed snapshot of a system's
 * arrangements: {@linkplain org.integratedcare.core.organisation.Organisation organisations} with dated names,
 * kinds and codes; statutory and partnership {@linkplain org.integratedcare.core.structure.Structure
 * structures} (integrated care boards, integrated care partnerships, health and wellbeing boards,
 * places, neighbourhoods, primary care networks, provider collaboratives); decision-making
 * {@linkplain org.integratedcare.core.body.Body bodies} with their {@linkplain
 * org.integratedcare.core.body.Post posts}, {@linkplain org.integratedcare.core.body.Appointment
 * appointments} and {@linkplain org.integratedcare.core.body.Person people}; {@linkplain
 * org.integratedcare.core.function.StatutoryFunction functions} and their {@linkplain
 * org.integratedcare.core.function.Delegation delegations}; formal and informal {@linkplain
 * org.integratedcare.core.mechanism.Mechanism governance mechanisms}; {@linkplain
 * org.integratedcare.core.accountability.AccountabilityLink accountability links}; {@linkplain
 * org.integratedcare.core.meeting.Meeting meetings and decisions}; and {@linkplain
 * org.integratedcare.core.change.ChangeEvent change events}.
 *
 * <p>Every record that can start or end carries a {@link org.integratedcare.core.time.DateRange}, and every
 * query takes an explicit date. Structural invariants (a blank id, a period that ends before it
 * starts, a delegation to itself) are checked when a value is built and fail with {@link
 * java.lang.IllegalArgumentException} or, for a missing required attribute, {@link
 * java.lang.IllegalStateException}. Integrity across records (unique ids, resolvable references) is
 * checked when the model is built and fails with one {@link
 * org.integratedcare.core.ModelValidationException} listing every problem with its path.
 *
 * <p>Ids are model-local and unique across the whole model, whatever kind of record they name, so
 * a reference is just an id: a delegation's delegate may be a body, an organisation or a post.
 *
 * <p>Parameters and return values are not null unless marked {@code @Nullable}; absent values are {@link java.util.Optional#empty()}. All types are immutable and
 * thread-safe.
 */
@IcsStyle
@NullMarked
package org.integratedcare.core;

import org.jspecify.annotations.NullMarked;
import org.integratedcare.core.accountability.AccountabilityLink;
import org.integratedcare.core.body.Appointment;
import org.integratedcare.core.body.Body;
import org.integratedcare.core.body.Person;
import org.integratedcare.core.body.Post;
import org.integratedcare.core.change.ChangeEvent;
import org.integratedcare.core.function.Delegation;
import org.integratedcare.core.function.StatutoryFunction;
import org.integratedcare.core.internal.IcsStyle;
import org.integratedcare.core.mechanism.Mechanism;
import org.integratedcare.core.meeting.Meeting;
import org.integratedcare.core.organisation.Organisation;
import org.integratedcare.core.structure.Structure;
import org.integratedcare.core.time.DateRange;
