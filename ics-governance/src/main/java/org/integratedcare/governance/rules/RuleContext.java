package org.integratedcare.governance.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelView;

/**
 * What a rule checks: a model, the date it is checked as of, the view of what is in force on that
 * date, and the paths of the model's records for naming subjects.
 *
 * <p>The runner makes one context per run and gives it to every rule. To test a rule of your own
 * without the runner, make one with {@link #of(IcsModel, LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {
  private final IcsModel model;
  private final LocalDate date;
  private final ModelView view;

  private RuleContext(IcsModel model, LocalDate date) {
    this.model = Objects.requireNonNull(model, "model");
    this.date = Objects.requireNonNull(date, "date");
    this.view = model.on(date);
  }

  /**
   * A context for checking a model as of a date; indexes the model's paths once.
   *
   * @param model the model, not null
   * @param date the date, not null
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static RuleContext of(IcsModel model, LocalDate date) {
    return new RuleContext(model, date);
  }

  /** The whole model, past, present and future. */
  public IcsModel model() {
    return model;
  }

  /** The date the model is checked as of. */
  public LocalDate date() {
    return date;
  }

  /** The view of what is in force on {@link #date()}. */
  public ModelView view() {
    return view;
  }

  /**
   * The subject for a record, with its path in the model, such as {@code bodies[3]}. For the id of
   * an organisation that also has a structure (an ICB or PCN) this is the organisation; use {@link
   * #structureSubject(String)} for the structure.
   *
   * @param id the record's id, not null
   * @return the subject; its path is {@code "$"} if no record has the id
   */
  public Subject subject(String id) {
    return new Subject(Objects.requireNonNull(id, "id"), model.pathOf(id).orElse("$"));
  }

  /**
   * The subject for a structure, with its path, such as {@code structures[0]}.
   *
   * @param id the structure's id, not null
   * @return the subject; its path is {@code "$"} if no record has the id
   */
  public Subject structureSubject(String id) {
    return new Subject(Objects.requireNonNull(id, "id"), model.structurePathOf(id).orElse("$"));
  }

  /**
   * The subject for an agenda item of a meeting: the meeting's id, with the item's path, such as
   * {@code meetings[4].items[2]}.
   *
   * @param meetingId the meeting's id, not null
   * @param itemIndex the item's index in the meeting's items
   * @return the subject; its path is {@code "$"} if no meeting has the id
   */
  public Subject itemSubject(String meetingId, int itemIndex) {
    return new Subject(Objects.requireNonNull(meetingId, "meetingId"), model.pathOf(meetingId).map(m -> m + ".items[" + itemIndex + "]").orElse("$"));
  }
}
