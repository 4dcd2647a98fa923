package dev.akhbar.fetcher.fetch;

import java.time.Duration;

/**
 * What one HTTP fetch may cost.
 *
 * @param userAgent User-Agent header, with a contact URL
 * @param connectTimeout TCP connect timeout
 * @param readTimeout socket read timeout (between bytes)
 * @param maxBodyBytes cap on bytes read from the wire; reading stops there
 * @param maxDecodedBytes cap on bytes after gzip/deflate/brotli decoding
 * @param maxCompressionRatio decoded/wire ratio above which a body is a decompression bomb
 * @param maxRedirects redirects followed before giving up
 */
public record FetchLimits(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    long maxDecodedBytes,
    int maxCompressionRatio,
    int maxRedirects) {

  public static FetchLimits defaults(String userAgent) {
    return new FetchLimits(
        userAgent,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        8L * 1024 * 1024,
        32L * 1024 * 1024,
        100,
        5);
  }
}
