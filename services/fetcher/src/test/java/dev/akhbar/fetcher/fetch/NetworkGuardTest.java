package dev.akhbar.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.events.Url;
import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkGuardTest {
  private final NetworkGuard production = NetworkGuard.production();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1", "127.8.9.10", "::1", "169.254.169.254", "fe80::1", "10.1.2.3",
        "172.16.0.1", "192.168.1.1", "100.64.0.1", "fd00::1", "0.0.0.0", "224.0.0.1"
      })
  void productionRefusesInternalAddresses(String literal) throws Exception {
    InetAddress address = InetAddress.getByName(literal);

    assertThatThrownBy(() -> production.checkAddress("h", address))
        .isInstanceOf(NetworkGuard.RefusedException.class)
        .hasMessageContaining(address.getHostAddress());
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "2606:4700::1111"})
  void productionAllowsPublicAddresses(String literal) throws Exception {
    InetAddress address = InetAddress.getByName(literal);

    assertThatCode(() -> production.checkAddress("h", address)).doesNotThrowAnyException();
  }

  @Test
  void loopbackIsAllowedOnlyWhenConfigured() throws Exception {
    NetworkGuard dev = new NetworkGuard(true, false, false, Set.of("http", "https"));
    InetAddress loopback = InetAddress.getByName("127.0.0.1");

    assertThatCode(() -> dev.checkAddress("localhost", loopback)).doesNotThrowAnyException();
    assertThatThrownBy(() -> dev.checkAddress("m", InetAddress.getByName("169.254.169.254")))
        .hasMessageContaining("link-local");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "ftp://example.org/x",
        "gopher://example.org/",
        "jar:file:/x!/y"
      })
  void refusesSchemesOtherThanHttpAndHttps(String url) {
    assertThatThrownBy(() -> production.checkUrl(Url.parse(url)))
        .isInstanceOf(NetworkGuard.RefusedException.class)
        .hasMessageContaining("Scheme not allowed");
  }
}
