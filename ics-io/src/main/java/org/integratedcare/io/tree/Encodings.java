package org.integratedcare.io.tree;

/** Checks shared by the readers: encoding sniffing, UTF-8 decoding, and describing characters. */
final class Encodings {

  private Encodings() {}

  /**
   * Fails if the bytes look like UTF-16 or UTF-32; returns the offset after a UTF-8 byte order mark
   * (0 or 3).
   */
  static int start(byte[] b) {
    int n = b.length;
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return 3;
    }
    String other = null;
    if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)
        || (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0)) {
      other = "UTF-32";
    } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      other = "UTF-16";
    } else if (n >= 4 && ((b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0)
        || (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0))) {
      other = "UTF-32";
    } else if (n >= 2 && ((b0 == 0 && b1 != 0) || (b0 != 0 && b1 == 0))) {
      other = "UTF-16";
    }
    if (other != null) {
      throw new DocumentException("", "the file is not UTF-8; it looks like " + other, 1, 1);
    }
    return 0;
  }

  /**
   * The length (2 to 4) of the well-formed UTF-8 sequence of a non-ASCII character at {@code i},
   * or 0 if there is none there.
   */
  static int sequence(byte[] b, int i, int end) {
    int c = b[i] & 0xFF;
    int len;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) {
        lo = 0xA0;
      } else if (c == 0xED) {
        hi = 0x9F;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) {
        lo = 0x90;
      } else if (c == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return 0;
    }
    if (i + len > end) {
      return 0;
    }
    int c1 = b[i + 1] & 0xFF;
    if (c1 < lo || c1 > hi) {
      return 0;
    }
    for (int k = 2; k < len; k++) {
      int ck = b[i + k] & 0xFF;
      if (ck < 0x80 || ck > 0xBF) {
        return 0;
      }
    }
    return len;
  }

  /** The code point of a well-formed sequence of {@code len} bytes at {@code i}. */
  static int decode(byte[] b, int i, int len) {
    int c = b[i] & 0xFF;
    switch (len) {
      case 2:
        return ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
      case 3:
        return ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
      default:
        return ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
            | (b[i + 3] & 0x3F);
    }
  }

  /**
   * A character for a message: {@code 'x'}, or its code point (U+ and four hex digits, such as
   * U+0007) if it does not print.
   */
  static String describe(int cp) {
    if (cp >= 0x21 && cp < 0x7F
        || cp > 0xA0 && Character.isDefined(cp) && !Character.isISOControl(cp)
            && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT
            && Character.getType(cp) != Character.SURROGATE
            && Character.getType(cp) != Character.PRIVATE_USE) {
      return "'" + new String(Character.toChars(cp)) + "'";
    }
    return String.format("U+%04X", cp);
  }

  static String invalidUtf8(int offset) {
    return "the file is not valid UTF-8 at byte " + (offset + 1);
  }
}
