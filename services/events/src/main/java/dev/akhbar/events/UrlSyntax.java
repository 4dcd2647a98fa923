package dev.akhbar.events;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The character-level rules behind {@link Url}: escaping, percent-encoding, dot segments. */
final class UrlSyntax {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlSyntax() {}

  /** The parts of an authority: {@code userinfo@host:port}. */
  record Authority(String userInfo, String host, int port) {}

  /**
   * Makes text that browsers accept parseable by {@link java.net.URI}: an internationalised host
   * becomes its ASCII (punycode) form; spaces, quotes, brackets outside the host, a second '#',
   * control characters and a '%' not followed by two hex digits are percent-encoded (UTF-8).
   * Non-ASCII characters of the path and query are left to {@code URI.toASCIIString()}.
   */
  static String escape(String text) {
    int authorityStart = -1;
    int authorityEnd = -1;
    int schemeEnd = schemeEnd(text);
    if (schemeEnd > 0 && text.startsWith("//", schemeEnd + 1)) {
      authorityStart = schemeEnd + 3;
      authorityEnd = indexOfAny(text, "/?#", authorityStart);
      String authority = text.substring(authorityStart, authorityEnd);
      String ascii = asciiAuthority(authority);
      if (!ascii.equals(authority)) {
        text = text.substring(0, authorityStart) + ascii + text.substring(authorityEnd);
        authorityEnd = authorityStart + ascii.length();
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean fragment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean inAuthority = i >= authorityStart && i < authorityEnd;
      if (c == '#' && !fragment && !inAuthority) {
        fragment = true;
        out.append(c);
      } else if (c == '%'
          && !(i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2)))) {
        out.append("%25");
      } else if (needsEscape(c, inAuthority) || c == '#') {
        appendEscaped(out, String.valueOf(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(char c, boolean inAuthority) {
    if (c <= 0x20 || c == 0x7f) {
      return true;
    }
    return switch (c) {
      case '"', '<', '>', '\\', '^', '`', '{', '|', '}' -> true;
      case '[', ']' -> !inAuthority;
      default -> false;
    };
  }

  /** Index of the ':' ending a scheme at the start of text, or -1. */
  private static int schemeEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return i > 0 ? i : -1;
      }
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!ok) {
        return -1;
      }
    }
    return -1;
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static String asciiAuthority(String authority) {
    Authority a = authority(authority);
    if (a.host().chars().allMatch(ch -> ch < 0x80)) {
      return authority;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(a.host(), IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      throw new Url.InvalidUrlException("Not a valid host name: " + a.host(), e);
    }
    return (a.userInfo() == null ? "" : a.userInfo() + "@")
        + ascii
        + (a.port() < 0 ? "" : ":" + a.port());
  }

  /** Splits a raw authority; the port is -1 when absent or empty. */
  static Authority authority(String raw) {
    int at = raw.lastIndexOf('@');
    String userInfo = at >= 0 ? raw.substring(0, at) : null;
    String hostPort = raw.substring(at + 1);
    String host = hostPort;
    String port = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close > 0) {
        host = hostPort.substring(0, close + 1);
        port = hostPort.startsWith(":", close + 1) ? hostPort.substring(close + 2) : "";
      }
    } else {
      int colon = hostPort.lastIndexOf(':');
      if (colon >= 0) {
        host = hostPort.substring(0, colon);
        port = hostPort.substring(colon + 1);
      }
    }
    int p = -1;
    if (!port.isEmpty()) {
      if (!port.chars().allMatch(Character::isDigit) || port.length() > 5) {
        throw new Url.InvalidUrlException("Not a valid port: " + port);
      }
      p = Integer.parseInt(port);
    }
    return new Authority(userInfo, host, p);
  }

  /** Lowercase, without the one trailing dot of a fully qualified name. */
  static String canonicalHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") && h.length() > 1 ? h.substring(0, h.length() - 1) : h;
  }

  /**
   * Percent-encoding normalised (RFC 3986, 6.2.2): escapes of unreserved characters decoded, the
   * hex digits of the others uppercase, any non-ASCII character encoded as UTF-8.
   */
  static String normalizePercent(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && isHex(raw.charAt(i + 1))
          && isHex(raw.charAt(i + 2))) {
        int b = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
        if (isUnreserved((char) b)) {
          out.append((char) b);
        } else {
          out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
        }
        i += 2;
      } else if (c >= 0x80) {
        int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
        appendEscaped(out, raw.substring(i, end));
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Percent-decoded as UTF-8 (for matching parameter names; '+' stays '+'). */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && isHex(raw.charAt(i + 1))
          && isHex(raw.charAt(i + 2))) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** RFC 3986, 5.2.4: "/a/./b/../c" becomes "/a/c". */
  static String removeDotSegments(String path) {
    if (!path.contains(".")) {
      return path;
    }
    String in = path;
    StringBuilder out = new StringBuilder(path.length());
    while (!in.isEmpty()) {
      if (in.startsWith("../")) {
        in = in.substring(3);
      } else if (in.startsWith("./")) {
        in = in.substring(2);
      } else if (in.startsWith("/./")) {
        in = in.substring(2);
      } else if (in.equals("/.")) {
        in = "/";
      } else if (in.startsWith("/../")) {
        in = in.substring(3);
        removeLastSegment(out);
      } else if (in.equals("/..")) {
        in = "/";
        removeLastSegment(out);
      } else if (in.equals(".") || in.equals("..")) {
        in = "";
      } else {
        int next = in.indexOf('/', in.startsWith("/") ? 1 : 0);
        if (next < 0) {
          next = in.length();
        }
        out.append(in, 0, next);
        in = in.substring(next);
      }
    }
    return out.toString();
  }

  private static void removeLastSegment(StringBuilder out) {
    int slash = out.lastIndexOf("/");
    out.setLength(Math.max(0, slash));
  }

  /** A DNS name (letters, digits, '-', '_', '.'), an IPv4 address or a bracketed IPv6 one. */
  static boolean isHostName(String host) {
    if (host.startsWith("[") && host.endsWith("]")) {
      return host.length() > 2
          && host.chars()
              .skip(1)
              .limit(host.length() - 2L)
              .allMatch(c -> isHex((char) c) || c == ':' || c == '.');
    }
    return host.chars()
        .allMatch(
            c ->
                (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.');
  }

  static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static void appendEscaped(StringBuilder out, String chars) {
    for (byte b : chars.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
  }
}
