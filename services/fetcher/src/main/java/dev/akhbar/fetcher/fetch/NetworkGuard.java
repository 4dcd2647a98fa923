package dev.akhbar.fetcher.fetch;

import dev.akhbar.events.Url;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * SSRF guard: which schemes and which resolved addresses the fetcher may connect to. Checked after
 * DNS resolution, inside the HTTP client's resolver, so a name that resolves (or re-resolves) to an
 * internal address is refused before any connection is opened.
 *
 * @param allowLoopback 127.0.0.0/8 and ::1 (dev and test profiles allow it)
 * @param allowPrivate 10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10
 * @param allowLinkLocal 169.254/16 (cloud metadata at 169.254.169.254) and fe80::/10
 * @param schemes allowed URL schemes (http, https)
 */
public record NetworkGuard(
    boolean allowLoopback, boolean allowPrivate, boolean allowLinkLocal, Set<String> schemes) {

  /** Production settings: public http(s) addresses only. */
  public static NetworkGuard production() {
    return new NetworkGuard(false, false, false, Set.of("http", "https"));
  }

  /** Refused by the guard: a permanent failure, never retried. */
  public static final class RefusedException extends UnknownHostException {
    public RefusedException(String message) {
      super(message);
    }
  }

  /** Checks the URL's scheme and that it names a host (its addresses are checked on resolution). */
  public void checkUrl(Url url) throws RefusedException {
    if (!schemes.contains(url.scheme())) {
      throw new RefusedException("Scheme not allowed: " + url.scheme());
    }
    if (url.host() == null || url.host().isBlank()) {
      throw new RefusedException("URL has no host: " + url);
    }
  }

  /** Refuses the address unless its range is allowed. */
  public void checkAddress(String host, InetAddress address) throws RefusedException {
    String refused = refusal(address);
    if (refused != null) {
      throw new RefusedException(
          "Refused to connect to " + host + " (" + address.getHostAddress() + "): " + refused);
    }
  }

  private String refusal(InetAddress a) {
    if (a.isAnyLocalAddress()) {
      return "unspecified address";
    }
    if (a.isLoopbackAddress()) {
      return allowLoopback ? null : "loopback address";
    }
    if (a.isLinkLocalAddress()) {
      return allowLinkLocal ? null : "link-local address (cloud metadata)";
    }
    if (a.isMulticastAddress()) {
      return "multicast address";
    }
    if (a.isSiteLocalAddress() || isUniqueLocal(a) || isSharedAddressSpace(a)) {
      return allowPrivate ? null : "private address";
    }
    return null;
  }

  private static boolean isUniqueLocal(InetAddress a) {
    return a instanceof Inet6Address && (a.getAddress()[0] & 0xfe) == 0xfc;
  }

  private static boolean isSharedAddressSpace(InetAddress a) {
    byte[] b = a.getAddress();
    return b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }
}
