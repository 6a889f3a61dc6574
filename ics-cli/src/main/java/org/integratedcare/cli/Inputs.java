package org.integratedcare.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.integratedcare.core.Bounds;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.integratedcare.core.IcsModel;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.io.ModelReader;
import org.integratedcare.io.ReadLimits;
import picocli.CommandLine;

/** Reading what the user gives: model files, other input files and dates. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a model file.
   *
   * @throws CliException if the file is missing, unreadable, of an unknown format or not a valid
   *     model; the message lists every problem with its path
   */
  static IcsModel model(Path file) {
    return model(file, ReadLimits.defaults());
  }

  /**
   * Reads a model file under the given limits.
   *
   * @throws CliException as for {@link #model(Path)}
   */
  static IcsModel model(Path file, ReadLimits limits) {
    requireReadableFile(file, "model file");
    try {
      return ModelReader.withLimits(limits).read(file);
    } catch (ModelValidationException e) {
      String only = e.problems().size() == 1 ? e.problems().get(0).message() : "";
      String name = Bounds.escape(file.toString());
      if (only.startsWith("the document is larger than the limit")) {
        throw new CliException("model file '" + name + "' is larger than the limit of " + limits.maxDocumentBytes()
            + " bytes; if you trust it, raise the limit with --max-file-size, such as --max-file-size 512MB");
      }
      if (only.startsWith("the document holds more than the limit")) {
        throw new CliException("model file '" + name + "' holds more than the limit of " + limits.maxValues()
            + " values; if you trust it, raise the limits with --max-file-size, such as --max-file-size 512MB");
      }
      throw new CliException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new CliException("cannot read model file '" + file + "': " + describe(e.getCause()));
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** Reads a text file as UTF-8. */
  static String text(Path file, String what) {
    requireReadableFile(file, what);
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new CliException("cannot read " + what + " '" + file + "': " + describe(e));
    }
  }

  static void requireReadableFile(Path file, String what) {
    String name = Bounds.escape(file.toString());
    if (!Files.exists(file)) {
      throw new CliException("cannot read " + what + " '" + name + "': no such file");
    }
    if (Files.isDirectory(file)) {
      throw new CliException("cannot read " + what + " '" + name + "': it is a directory");
    }
    if (!Files.isRegularFile(file)) {
      // a pipe, device or socket could block for ever or never end
      throw new CliException("cannot read " + what + " '" + name
          + "': it is not a regular file (such as a pipe or a device)");
    }
    if (!Files.isReadable(file)) {
      throw new CliException("cannot read " + what + " '" + file + "': permission denied");
    }
  }

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "it is not UTF-8 text";
    }
    String message = e == null ? null : e.getMessage();
    return message == null ? (e == null ? "unknown error" : e.getClass().getSimpleName()) : message;
  }

  /** Converts {@code --date} arguments, with a message that says what a date looks like. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      String v = value.strip();
      LocalDate date = null;
      try {
        date = v.length() == 10 ? LocalDate.parse(v) : null;
      } catch (DateTimeParseException e) {
        date = null;
      }
      if (date == null) {
        throw new CommandLine.TypeConversionException("'" + Bounds.excerpt(value, 40)
            + "' is not a date; write it as YYYY-MM-DD, such as 2026-04-01");
      }
      Bounds.dateProblem(date).ifPresent(p -> {
        throw new CommandLine.TypeConversionException("'" + v + "' is out of range: " + p);
      });
      return date;
    }
  }

  /** Converts categories of spending: {@code revenue}, {@code capital}, {@code contract-award}, ... */
  static final class LimitCategoryConverter implements CommandLine.ITypeConverter<org.integratedcare.core.function.LimitCategory> {
    @Override
    public org.integratedcare.core.function.LimitCategory convert(String value) {
      for (org.integratedcare.core.function.LimitCategory c : org.integratedcare.core.function.LimitCategory.values()) {
        if (c.typeName().equals(value.strip())) {
          return c;
        }
      }
      throw new CommandLine.TypeConversionException("'" + Bounds.excerpt(value, 40) + "' is not a category of"
          + " spending; use one of " + String.join(", ", java.util.Arrays.stream(
              org.integratedcare.core.function.LimitCategory.values()).map(c -> c.typeName()).toList()));
    }
  }

  /** Converts amounts in pounds: {@code 250000}, {@code 1250.50} or {@code £2,500,000}. */
  static final class PoundsConverter implements CommandLine.ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      String plain = value.strip().replace("£", "").replace(",", "");
      BigDecimal amount = null;
      // digits, an optional point and pence: no exponents, so "1e999999999" is not a number here
      if (plain.length() <= 40 && plain.matches("-?[0-9]+(\\.[0-9]*)?|-?\\.[0-9]+")) {
        amount = new BigDecimal(plain);
      }
      if (amount == null) {
        throw new CommandLine.TypeConversionException("'" + Bounds.excerpt(value, 40)
            + "' is not an amount in pounds; write it like 250000, 1250.50 or £2,500,000");
      }
      Bounds.moneyProblem(amount).ifPresent(p -> {
        throw new CommandLine.TypeConversionException("'" + Bounds.excerpt(value, 40)
            + "' is not an amount the command accepts: " + p);
      });
      return amount;
    }
  }
}
