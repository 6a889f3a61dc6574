package org.integratedcare.io.tree;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Random trees with awkward content, and conversion to and from Jackson trees. */
final class Trees {

  private Trees() {}

  static final String[] AWKWARD = {
    "", " ", "  ", "a", "abc", "0", "1", "-1", "+1", "1.5", "-0.0", ".5", "5.", "1e3", "1E-3",
    "0o17", "0x1F", "0xZZ", "007", "1_000", "12:30", "12:30:00", "2024-01-01", ".inf", "-.Inf",
    "+.INF", ".nan", ".NaN", "+.nan", "Infinity", "NaN", "true", "True", "TRUE", "false", "yes",
    "No", "on", "OFF", "y", "n", "Y", "null", "Null", "NULL", "~", "~x", "x~", "-", "--", "---",
    "...", "- a", "-a", "? x", "?x", ": x", ":x", "x:", "x: y", "x:y", "#x", "x #y", "x#y",
    "'q'", "\"q\"", "it's", "say \"hi\"", "a\\b", "a/b", "[x]", "{x}", "a,b", "&a", "*a", "!t",
    "!!str", "|", ">", "%x", "@x", "`x", "a\nb", "a\n", "\n", "\na", "a\n\nb", " a\nb ",
    "a\r\nb", "a\tb", "\t", " lead", "trail ", " both ", "é", "naïve café", "中文", "😀",
    "a😀b", "\u0001", "x\u001fy", "\u007f", "\u0085", "\u00a0", "\u2028", "\ufeff", "\b\f",
    "line one\nline two\nline three", "k: v\n- item", "é:", "x,", "0.", "-.5", "+.5e+5",
    "1e", "e1", "0b101", "1.2.3", "12 34", "a  b", "Café: open", "%YAML", "<<", "=",
  };

  private static final char[] CHARS = (" abcxyz019.-+:#,'\"\\/\n\t?!&*|>%@`[]{}~éü中😀"
      + "\u0001\u001f\u007f\u0085\u00a0\u2028").toCharArray();

  static String randomString(Random r) {
    if (r.nextInt(3) == 0) {
      return AWKWARD[r.nextInt(AWKWARD.length)];
    }
    int n = r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      char c = CHARS[r.nextInt(CHARS.length)];
      if (Character.isSurrogate(c)) {
        sb.append("😀");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static BigDecimal randomNumber(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return BigDecimal.valueOf(r.nextInt(100));
      case 1:
        return BigDecimal.valueOf(r.nextLong());
      case 2:
        return new BigDecimal(new BigInteger(90, r)).negate();
      case 3:
        return BigDecimal.valueOf(r.nextInt(100000), r.nextInt(6));
      case 4:
        return new BigDecimal(BigInteger.valueOf(r.nextInt(1000)), r.nextInt(30) - 15);
      default:
        return new BigDecimal(r.nextInt(2) == 0 ? "0.00" : "-12.50");
    }
  }

  /** A random tree; non-finite numbers only if asked. */
  static Node random(Random r, int depth, boolean nonFinite) {
    int kind = depth <= 0 ? 2 + r.nextInt(5) : r.nextInt(7);
    switch (kind) {
      case 0: {
        ObjectNode o = Node.object();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          o.set(r.nextInt(4) == 0 ? randomString(r) : "k" + r.nextInt(20),
              random(r, depth - 1, nonFinite));
        }
        return o;
      }
      case 1: {
        ArrayNode a = Node.array();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          a.add(random(r, depth - 1, nonFinite));
        }
        return a;
      }
      case 2:
      case 3:
        return Node.string(randomString(r));
      case 4:
        if (nonFinite && r.nextInt(8) == 0) {
          return Node.nonFinite(new double[] {Double.NaN, Double.POSITIVE_INFINITY,
              Double.NEGATIVE_INFINITY}[r.nextInt(3)]);
        }
        return Node.number(randomNumber(r));
      case 5:
        return Node.bool(r.nextBoolean());
      default:
        return Node.nullNode();
    }
  }

  static JsonNode toJackson(Node n) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (n.isObject()) {
      tools.jackson.databind.node.ObjectNode o = f.objectNode();
      for (Map.Entry<String, Node> e : n.properties()) {
        o.set(e.getKey(), toJackson(e.getValue()));
      }
      return o;
    }
    if (n.isArray()) {
      tools.jackson.databind.node.ArrayNode a = f.arrayNode();
      for (Node x : n.values()) {
        a.add(toJackson(x));
      }
      return a;
    }
    if (n.isString()) {
      return f.stringNode(n.stringValue());
    }
    if (n.isNumber()) {
      return n.isFinite() ? DecimalNode.valueOf(n.decimalValue()) : DoubleNode.valueOf(n.doubleValue());
    }
    if (n.isBoolean()) {
      return f.booleanNode(n.booleanValue());
    }
    return f.nullNode();
  }

  static Node fromJackson(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = Node.object();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        o.set(e.getKey(), fromJackson(e.getValue()));
      }
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = Node.array();
      for (JsonNode x : n.values()) {
        a.add(fromJackson(x));
      }
      return a;
    }
    if (n.isString()) {
      return Node.string(n.asString());
    }
    if (n.isNumber()) {
      if (n.isIntegralNumber()) {
        return Node.number(new BigDecimal(n.bigIntegerValue()));
      }
      return Node.number(n.decimalValue());
    }
    if (n.isBoolean()) {
      return Node.bool(n.booleanValue());
    }
    return Node.nullNode();
  }
}
