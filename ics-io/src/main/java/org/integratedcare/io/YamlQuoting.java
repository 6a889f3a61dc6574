package org.integratedcare.io;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which texts the YAML writer must quote: Jackson's defaults, plus every text that a YAML
 * 1.2 reader would take for a number ({@code 1e3}, {@code .inf}, {@code 0o17}, {@code 0x1F}), so
 * that every text reads back as text. Not part of the API.
 */
final class YamlQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  private static final Pattern NUMBER = Pattern.compile(
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
          + "|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || NUMBER.matcher(value).matches();
  }
}
