package dev.akhbar.fetcher.fetch;

import dev.akhbar.events.Url;
import java.time.Instant;
import java.util.Map;

/**
 * A response the fetcher accepted: 2xx with an accepted content type, or 304.
 *
 * @param requestedUrl what was asked for
 * @param finalUrl where it ended after redirects
 * @param status 2xx or 304
 * @param headers response headers, lowercase names, first value
 * @param mediaType Content-Type without parameters, or null
 * @param body the body after content decoding (empty for 304)
 * @param wireBytes bytes read from the network
 * @param fetchedAt when the response arrived
 */
public record FetchResponse(
    Url requestedUrl,
    Url finalUrl,
    int status,
    Map<String, String> headers,
    String mediaType,
    byte[] body,
    long wireBytes,
    Instant fetchedAt) {

  public boolean notModified() {
    return status == 304;
  }

  public String header(String name) {
    return headers.get(name);
  }
}
