package org.integratedcare.io.imports;

import java.util.List;
import java.util.Objects;
import org.integratedcare.core.IcsModel;

/**
 * What an import made: the merged model, and what it added, changed and could not place, one line
 * each, in the order of the file's rows.
 *
 * <p>A record the file gives exactly as the model already holds it is neither added nor changed, so
 * importing the same file twice changes nothing the second time. A row that can be read but that
 * the model has no place for (a practice that has left its primary care network, say: the model
 * records a network's current members) is listed in {@link #notPlaced()}, never dropped in silence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportResult {
  private final IcsModel model;
  private final List<String> added;
  private final List<String> changed;
  private final List<String> notPlaced;
  private final int unchanged;

  ImportResult(IcsModel model, List<String> added, List<String> changed, List<String> notPlaced, int unchanged) {
    this.model = Objects.requireNonNull(model, "model");
    this.added = List.copyOf(added);
    this.changed = List.copyOf(changed);
    this.notPlaced = List.copyOf(notPlaced);
    this.unchanged = unchanged;
  }

  /** The model with the imported records merged in, integrity-checked; never null. */
  public IcsModel model() {
    return model;
  }

  /** The records added, such as {@code "delegation del-board-fpc (row 2)"}; may be empty, never null. */
  public List<String> added() {
    return added;
  }

  /** The records changed, with what changed; may be empty, never null. */
  public List<String> changed() {
    return changed;
  }

  /** The rows that were read but could not be placed in the model, with the reason; may be empty, never null. */
  public List<String> notPlaced() {
    return notPlaced;
  }

  /** How many records the file gave exactly as the model already held them. */
  public int unchanged() {
    return unchanged;
  }

  /** Whether the import changed nothing: no record added or changed. */
  public boolean changedNothing() {
    return added.isEmpty() && changed.isEmpty();
  }

  /**
   * The result in words, one line a record: a head line with the counts, then "added …",
   * "changed …" and "not placed …" lines.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(added.size()).append(" added, ").append(changed.size()).append(" changed, ")
        .append(unchanged).append(" unchanged, ").append(notPlaced.size()).append(" not placed\n");
    added.forEach(a -> sb.append("  added      ").append(a).append('\n'));
    changed.forEach(c -> sb.append("  changed    ").append(c).append('\n'));
    notPlaced.forEach(n -> sb.append("  not placed ").append(n).append('\n'));
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ImportResult[added=" + added.size() + ", changed=" + changed.size() + ", unchanged=" + unchanged
        + ", notPlaced=" + notPlaced.size() + "]";
  }
}
