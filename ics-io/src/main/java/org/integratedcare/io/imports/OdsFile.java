package org.integratedcare.io.imports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The NHS England Organisation Data Service (ODS) files an import reads, each in its published
 * layout. ODS publishes them as CSV with no header row, one organisation or relationship a row;
 * {@code docs/imports.md} lists the columns and where each layout is described.
 */
public enum OdsFile {
  /**
   * {@code etr.csv}, NHS trusts: the ODS organisation file layout of 27 columns (ODS Reference Data
   * Catalogue, "NHS Trusts and NHS Trust Sites").
   */
  ETR("etr"),
  /**
   * {@code epraccur.csv}, GP practices and other prescribing cost centres: the same 27-column layout
   * (ODS Reference Data Catalogue, "GP Practices (Prescribing Cost Centres)"); only rows of
   * prescribing setting 4, GP practice, are practices.
   */
  EPRACCUR("epraccur"),
  /**
   * {@code epcncorepartnerdetails.csv}, the "PCN Core Partner Details" sheet of {@code epcn.xlsx}:
   * each practice's membership of a primary care network (ODS relationship RE8, "is partner to").
   */
  EPCN("epcn");

  private final String fileName;

  OdsFile(String fileName) {
    this.fileName = fileName;
  }

  /** The start of the file's published name, such as {@code "epraccur"}. */
  public String fileName() {
    return fileName;
  }

  /**
   * The file its name says it is: a name starting {@code etr}, {@code epraccur} or {@code epcn}, in
   * any letter case.
   *
   * @param name the file's name, not null
   * @return the file, or empty when the name says none of them
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<OdsFile> ofFileName(String name) {
    String n = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    String base = n.substring(slash + 1);
    for (OdsFile f : List.of(EPRACCUR, EPCN, ETR)) {
      if (base.startsWith(f.fileName)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
