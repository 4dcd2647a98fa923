package dev.akhbar.fetcher.charset;

import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a page's bytes are decoded: the charset of the Content-Type header, else a byte-order
 * mark, else the page's own {@code <meta charset>} / {@code http-equiv}, else ICU4J's statistical
 * detector (which recognises windows-1256, common on Arabic sites), else UTF-8.
 */
public final class CharsetDetector {
  /** How a body was decoded. */
  public record Decoded(String text, Charset charset, String how) {}

  private static final int META_SCAN_BYTES = 4096;
  private static final int DETECT_SCAN_BYTES = 64 * 1024;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

  private CharsetDetector() {}

  public static Decoded decode(byte[] body, String contentTypeHeader) {
    Optional<Charset> declared = fromContentType(contentTypeHeader);
    if (declared.isPresent()) {
      return new Decoded(new String(body, declared.get()), declared.get(), "header");
    }
    Optional<Charset> bom = fromBom(body);
    if (bom.isPresent()) {
      int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(
          new String(body, skip, body.length - skip, bom.get()), bom.get(), "byte-order mark");
    }
    Optional<Charset> meta = fromMeta(body);
    if (meta.isPresent()) {
      return new Decoded(new String(body, meta.get()), meta.get(), "meta");
    }
    Optional<Charset> detected = detect(body);
    if (detected.isPresent()) {
      return new Decoded(new String(body, detected.get()), detected.get(), "detected");
    }
    return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "default");
  }

  /** The charset parameter of a Content-Type header value, when the JDK supports it. */
  public static Optional<Charset> fromContentType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  static Optional<Charset> fromMeta(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> detect(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
    detector.enableInputFilter(true); // ignore markup when scoring
    detector.setText(
        body.length > DETECT_SCAN_BYTES ? Arrays.copyOf(body, DETECT_SCAN_BYTES) : body);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < 10) {
      return Optional.empty();
    }
    return lookup(match.getName());
  }

  private static Optional<Charset> lookup(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    // Browsers decode these labels as their Windows supersets (WHATWG Encoding Standard).
    n =
        switch (n) {
          case "iso-8859-1", "latin1", "us-ascii", "ascii" -> "windows-1252";
          default -> n;
        };
    try {
      return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }
}
