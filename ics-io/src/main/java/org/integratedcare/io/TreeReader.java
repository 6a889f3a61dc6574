package org.integratedcare.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integratedcare.core.ModelValidationException;
import org.integratedcare.core.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the bytes of a YAML or JSON model file into a Jackson tree in one pass over the token
 * stream, recording where every path starts, under the {@link ReadLimits}. Not part of the API.
 *
 * <p>Duplicate property names, YAML aliases, YAML tags that are not plain values and more than one
 * document are rejected; so is anything over a limit. Every failure here is a syntax-level problem
 * and stops reading at once.
 */
final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ReadLimits limits;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  TreeReader(ReadLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(1000)
        .build();
    this.json = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    LoadSettings settings = LoadSettings.builder()
        .setCodePointLimit(limits.maxDocumentBytes())
        .setAllowDuplicateKeys(false)
        .setMaxAliasesForCollections(0)
        .setAllowNonScalarKeys(false)
        .build();
    this.yaml = YAMLFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .loadSettings(settings)
        .build();
  }

  /** Reads at most the document limit from {@code in}; fails if there is more. */
  byte[] readBounded(InputStream in, String subject) {
    int max = limits.maxDocumentBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 1 << 16) + 1);
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > max) {
          throw new ModelValidationException(subject, List.of(Problem.at("",
              "the document is larger than the limit of " + max + " bytes; split it or raise"
                  + " ReadLimits.maxDocumentBytes")));
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + subject + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Parses a whole document. */
  ParsedDocument parse(byte[] bytes, ModelFormat format, String subject) {
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new ModelValidationException(subject, List.of(Problem.at("",
          "the document is larger than the limit of " + limits.maxDocumentBytes()
              + " bytes; split it or raise ReadLimits.maxDocumentBytes")));
    }
    TokenStreamFactory factory = format == ModelFormat.YAML ? yaml : json;
    Map<String, int[]> locations = new HashMap<>();
    Deque<Frame> stack = new ArrayDeque<>();
    String pendingName = null;
    int[] pendingAt = null;
    JsonNode root = null;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (root != null) {
          throw syntax(subject, "", p.currentTokenLocation(),
              "a model file holds one document, but more follows the first");
        }
        if (t == JsonToken.PROPERTY_NAME) {
          pendingName = p.currentName();
          pendingAt = at(p.currentTokenLocation());
          checkLength(subject, pendingName, childPath(stack, pendingName), p);
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          Frame done = stack.pop();
          if (stack.isEmpty()) {
            root = done.node;
          }
          continue;
        }
        String path;
        int[] where;
        if (stack.isEmpty()) {
          path = "";
          where = at(p.currentTokenLocation());
        } else if (stack.peek().node.isObject()) {
          path = childPath(stack, pendingName);
          where = pendingAt;
        } else {
          path = childPath(stack, null);
          where = at(p.currentTokenLocation());
        }
        locations.put(path, where);
        JsonNode node;
        if (t == JsonToken.START_OBJECT) {
          node = NODES.objectNode();
        } else if (t == JsonToken.START_ARRAY) {
          node = NODES.arrayNode();
        } else {
          node = scalar(p, t, subject, path);
        }
        if (!stack.isEmpty()) {
          Frame top = stack.peek();
          if (top.node instanceof ObjectNode o) {
            o.set(pendingName, node);
          } else {
            ((ArrayNode) top.node).add(node);
            top.index++;
          }
        }
        if (node instanceof ContainerNode<?> c) {
          stack.push(new Frame(c, path));
        } else if (stack.isEmpty()) {
          root = node;
        }
      }
    } catch (StreamConstraintsException e) {
      throw syntax(subject, currentPath(stack, pendingName), e.getLocation(), limitMessage(e));
    } catch (JacksonException e) {
      throw syntax(subject, currentPath(stack, pendingName), e.getLocation(),
          "the file is not valid " + format.name() + ": " + clean(e.getOriginalMessage()));
    }
    if (root == null) {
      root = NODES.missingNode();
    }
    return new ParsedDocument(root, locations);
  }

  private JsonNode scalar(JsonParser p, JsonToken t, String subject, String path) {
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      throw syntax(subject, path, p.currentTokenLocation(),
          "YAML aliases (*name) are not allowed in a model file; write the value out in full");
    }
    switch (t) {
      case VALUE_STRING -> {
        String s = p.getString();
        checkLength(subject, s, path, p);
        return NODES.stringNode(s);
      }
      case VALUE_NUMBER_INT -> {
        BigInteger big = p.getBigIntegerValue();
        return big.bitLength() < 63 ? NODES.numberNode(big.longValue()) : NODES.numberNode(big);
      }
      case VALUE_NUMBER_FLOAT -> {
        String text = p.getString();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        // YAML's .inf and .nan have no decimal form; the decoder reports them where they are used
        if (lower.endsWith(".nan")) {
          return NODES.numberNode(Double.NaN);
        } else if (lower.endsWith(".inf")) {
          return NODES.numberNode(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw syntax(subject, path, p.currentTokenLocation(),
          "this value is not plain text, a number, true, false or null (a YAML tag such as !!binary"
              + " is not allowed in a model file)");
    }
  }

  private void checkLength(String subject, String s, String path, JsonParser p) {
    if (s != null && s.length() > limits.maxStringLength()) {
      throw syntax(subject, path, p.currentTokenLocation(), "a text of " + s.length()
          + " characters is longer than the limit of " + limits.maxStringLength()
          + " (ReadLimits.maxStringLength)");
    }
  }

  private String limitMessage(StreamConstraintsException e) {
    String m = e.getOriginalMessage();
    if (m.contains("nesting depth")) {
      return "objects and lists are nested deeper than the limit of " + limits.maxNestingDepth()
          + " levels (ReadLimits.maxNestingDepth)";
    }
    if (m.contains("String value length") || m.contains("Name length")) {
      return "a text is longer than the limit of " + limits.maxStringLength()
          + " characters (ReadLimits.maxStringLength)";
    }
    if (m.contains("Document length")) {
      return "the document is larger than the limit of " + limits.maxDocumentBytes()
          + " bytes (ReadLimits.maxDocumentBytes)";
    }
    return "the document breaks a read limit: " + clean(m);
  }

  private static ModelValidationException syntax(String subject, String path,
      TokenStreamLocation where, String message) {
    int[] at = at(where);
    return new ModelValidationException(subject, List.of(Problem.at(path, message, at[0], at[1])));
  }

  private static int[] at(TokenStreamLocation l) {
    return l == null ? new int[] {-1, -1} : new int[] {l.getLineNr(), l.getColumnNr()};
  }

  /** Keeps the substance of a parser message: drops excerpts, carets and positions. */
  static String clean(String message) {
    if (message == null) {
      return "unreadable input";
    }
    return message.lines()
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip)
        .filter(l -> !l.startsWith("at [Source"))
        .collect(Collectors.joining("; "))
        .replaceAll(" in reader, line \\d+, column \\d+:?", "");
  }

  private static String childPath(Deque<Frame> stack, String name) {
    Frame top = stack.peek();
    if (top == null) {
      return name == null ? "" : name;
    }
    if (top.node.isObject()) {
      return top.path.isEmpty() ? name : top.path + "." + name;
    }
    return top.path + "[" + top.index + "]";
  }

  private static String currentPath(Deque<Frame> stack, String pendingName) {
    if (stack.isEmpty()) {
      return "";
    }
    Frame top = stack.peek();
    return top.node.isObject() && pendingName != null ? childPath(stack, pendingName) : top.path;
  }

  private static final class Frame {
    final ContainerNode<?> node;
    final String path;
    int index;

    Frame(ContainerNode<?> node, String path) {
      this.node = node;
      this.path = path;
    }
  }
}
