package org.integratedcare.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.integratedcare.core.IcsModel;
import org.integratedcare.io.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How a command reads its model file: the options every command that reads one shares. The size
 * limit protects a service from a hostile upload; on the command line, a user who trusts a large
 * file (all of England's systems at once, say) raises it.
 */
final class ModelOptions {
  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "The largest model file to read, such as 200MB or 2GB (default: 64MB).")
  Integer maxFileSize;

  /** Reads the model file under these options. */
  IcsModel read(Path file) {
    ReadLimits limits = ReadLimits.defaults();
    if (maxFileSize != null) {
      limits = limits.withMaxDocumentBytes(maxFileSize);
    }
    return Inputs.model(file, limits);
  }

  /** Converts sizes: {@code 1048576}, {@code 200KB}, {@code 200MB}, {@code 1GB} (powers of 1024). */
  static final class SizeConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT).replace(" ", "");
      long unit = 1;
      for (String[] u : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
        if (v.endsWith(u[0])) {
          unit = Long.parseLong(u[1]);
          v = v.substring(0, v.length() - u[0].length());
          break;
        }
      }
      long size;
      try {
        size = Long.parseLong(v) * unit;
      } catch (NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a size; write it like 200MB or 2GB");
      }
      if (size < 1 || size > Integer.MAX_VALUE - 8) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a size the command can read: from 1 byte to 2GB");
      }
      return (int) size;
    }
  }
}
