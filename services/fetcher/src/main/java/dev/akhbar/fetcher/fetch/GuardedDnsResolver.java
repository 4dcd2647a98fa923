package dev.akhbar.fetcher.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/** The HTTP client's DNS resolver: resolves, then lets {@link NetworkGuard} veto every address. */
public final class GuardedDnsResolver implements DnsResolver {
  /** Name resolution, replaceable in tests. */
  @FunctionalInterface
  public interface Lookup {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final NetworkGuard guard;
  private final Lookup lookup;

  public GuardedDnsResolver(NetworkGuard guard, Lookup lookup) {
    this.guard = guard;
    this.lookup = lookup;
  }

  public GuardedDnsResolver(NetworkGuard guard) {
    this(guard, InetAddress::getAllByName);
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses = lookup.resolve(bare);
    for (InetAddress a : addresses) {
      guard.checkAddress(host, a);
    }
    return addresses;
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return host;
  }
}
