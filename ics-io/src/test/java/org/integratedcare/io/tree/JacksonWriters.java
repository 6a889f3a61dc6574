package org.integratedcare.io.tree;

import java.util.regex.Pattern;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/** The Jackson writers the library used before, as references for the differential tests. */
final class JacksonWriters {

  private JacksonWriters() {}

  static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  static final ObjectWriter PRETTY_JSON = JSON.writer().with(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static final ObjectWriter COMPACT_JSON = JSON.writer();

  static final YAMLMapper YAML = YAMLMapper.builder(
          YAMLFactory.builder().stringQuotingChecker(new YamlQuoting()).build())
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .build();

  static byte[] prettyJson(JsonNode n) {
    return PRETTY_JSON.writeValueAsBytes(n);
  }

  static byte[] compactJson(JsonNode n) {
    return COMPACT_JSON.writeValueAsBytes(n);
  }

  static byte[] yaml(JsonNode n) {
    return YAML.writer().writeValueAsString(n).replace("\r\n", "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** As in the library. */
  static final class YamlQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER = Pattern.compile(
        "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
            + "|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || NUMBER.matcher(value).matches();
    }
  }
}
