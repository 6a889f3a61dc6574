package org.integratedcare.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;

/**
 * Imports the tables a governance team already keeps into a model, and exports them back: the
 * scheme of reservation and delegation, the register of interests, and NHS England's Organisation
 * Data Service (ODS) files of trusts, GP practices and primary care network membership.
 *
 * <p>An import reads a CSV file (RFC 4180, UTF-8) in its documented layout ({@code docs/imports.md}
 * lists the columns) and merges its records into a model: a record whose id the model already holds
 * is replaced, a new one added, one given exactly as held left alone, so importing the same file
 * twice changes nothing the second time. Names of bodies, organisations, posts, people and
 * functions may be written instead of ids; a name the model does not hold is a problem that offers
 * the nearest. Reading is all-or-nothing: a file with mistakes fails with one {@link
 * ModelValidationException} listing every problem, each at its row and column ({@code row 4,
 * column C (delegate)}); no partial model is returned. Rows that are read but that the model has no
 * place for are listed in {@link ImportResult#notPlaced()}.
 *
 * <p>Every cost is bounded by {@link ImportLimits}: the file is refused before it is read when it is
 * too large, and reading stops at the first row, column or field over its limit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Imports {
  private static final Imports STANDARD = new Imports(ImportLimits.defaults());

  private final ImportLimits limits;

  private Imports(ImportLimits limits) {
    this.limits = limits;
  }

  /** Imports under the {@linkplain ImportLimits#defaults() default limits}. */
  public static Imports standard() {
    return STANDARD;
  }

  /**
   * Imports under other limits.
   *
   * @param limits the limits, not null
   * @return the importer
   * @throws NullPointerException if {@code limits} is null
   */
  public static Imports withLimits(ImportLimits limits) {
    return new Imports(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits this importer applies. */
  public ImportLimits limits() {
    return limits;
  }

  /** The columns of the scheme of delegation layout, in order. */
  public static List<String> schemeOfDelegationColumns() {
    return SchemeOfDelegation.COLUMNS;
  }

  /**
   * The columns of the register of interests layout, in order. A file needs only {@code person},
   * {@code interest} and {@code from}; registers as ICBs publish them have no {@code conflict}
   * column, and a declaration without one is not assessed as a conflict.
   */
  public static List<String> registerOfInterestsColumns() {
    return RegisterOfInterests.COLUMNS;
  }

  /**
   * Merges a scheme of reservation and delegation into a model.
   *
   * @param into the model to merge into, not null ({@link IcsModel#empty()} for a new one)
   * @param csv the file's bytes, not null
   * @param fileName the file's name, for messages, not null
   * @return the merged model and what was added, changed and not placed
   * @throws ModelValidationException listing every problem, if the file has mistakes or the merged
   *     model does not pass the model's integrity check
   * @throws NullPointerException if an argument is null
   */
  public ImportResult schemeOfDelegation(IcsModel into, byte[] csv, String fileName) {
    Table t = Table.withHeader(read(csv, fileName), fileName, SchemeOfDelegation.COLUMNS, SchemeOfDelegation.REQUIRED);
    t.throwIfHeaderBroken();
    return SchemeOfDelegation.importInto(Objects.requireNonNull(into, "into"), t);
  }

  /**
   * Merges a register of interests into the people of a model: each row is a declaration of the
   * person it names, added to the person (or to a new person, when no recorded person has that name
   * or one near it). A row with no {@code conflict} (the column left out, or its cell empty) gives a
   * declaration whose {@link org.integratedcare.core.body.Declaration#conflict()} is empty.
   *
   * @param into the model to merge into, not null
   * @param csv the file's bytes, not null
   * @param fileName the file's name, for messages, not null
   * @return the merged model and what was added, changed and not placed
   * @throws ModelValidationException listing every problem, if the file has mistakes or the merged
   *     model does not pass the model's integrity check
   * @throws NullPointerException if an argument is null
   */
  public ImportResult registerOfInterests(IcsModel into, byte[] csv, String fileName) {
    Table t = Table.withHeader(read(csv, fileName), fileName, RegisterOfInterests.COLUMNS, RegisterOfInterests.REQUIRED);
    t.throwIfHeaderBroken();
    return RegisterOfInterests.importInto(Objects.requireNonNull(into, "into"), t);
  }

  /**
   * Merges an ODS file into a model: trusts or GP practices as organisations (matched to the model's
   * by ODS code), or practices' memberships of primary care networks.
   *
   * @param into the model to merge into, not null
   * @param csv the file's bytes, not null
   * @param fileName the file's name, for messages, not null
   * @param file which ODS file it is, not null
   * @return the merged model and what was added, changed and not placed
   * @throws ModelValidationException listing every problem, if the file has mistakes or the merged
   *     model does not pass the model's integrity check
   * @throws NullPointerException if an argument is null
   */
  public ImportResult ods(IcsModel into, byte[] csv, String fileName, OdsFile file) {
    Objects.requireNonNull(file, "file");
    Table t = OdsExtract.table(read(csv, fileName), fileName, file);
    return OdsExtract.importInto(Objects.requireNonNull(into, "into"), t, file);
  }

  /**
   * Reads a file's bytes, refusing before reading one that is larger than the limit or is not a
   * regular file (a pipe or a device could block for ever).
   *
   * @param file the file, not null
   * @return its bytes
   * @throws ModelValidationException if the file is larger than the limit
   * @throws UncheckedIOException if the file cannot be read or is not a regular file
   * @throws NullPointerException if {@code file} is null
   */
  public byte[] readFile(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new IOException(Files.exists(file) ? "it is not a regular file (such as a directory, a pipe or a device)"
            : "no such file");
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] b = in.readNBytes(limits.maxFileBytes() + 1);
        if (b.length > limits.maxFileBytes()) {
          throw Csv.tooLarge(file.toString(), limits);
        }
        return b;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The model's scheme of delegation in the layout {@link #schemeOfDelegation} reads: one row for
   * each limit, condition and source of each delegation (at least one row per delegation), then one
   * row for each body and organisation with reserved functions.
   *
   * @param model the model, not null
   * @return the CSV text, with a header row
   * @throws NullPointerException if {@code model} is null
   */
  public static String exportSchemeOfDelegation(IcsModel model) {
    return SchemeOfDelegation.export(Objects.requireNonNull(model, "model"));
  }

  /**
   * The model's register of interests in the layout {@link #registerOfInterests} reads: one row for
   * each declaration of each person, with the post and body the person held while it held. The
   * {@code conflict} column is written only when some declaration records a conflict type (and is
   * then empty for those that do not).
   *
   * @param model the model, not null
   * @return the CSV text, with a header row
   * @throws NullPointerException if {@code model} is null
   */
  public static String exportRegisterOfInterests(IcsModel model) {
    return RegisterOfInterests.export(Objects.requireNonNull(model, "model"));
  }

  private List<Csv.Row> read(byte[] csv, String fileName) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(fileName, "fileName");
    return Csv.read(csv, fileName, limits);
  }
}
