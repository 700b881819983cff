package docpipe.ingest.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final ClientAddress behindIngress = new ClientAddress(List.of("10.0.0.0/8"));

    @Test
    void ignoresForwardedHeadersWhenNoProxyIsTrusted() {
        assertThat(new ClientAddress(List.of()).of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void ignoresForwardedHeadersFromAnUntrustedPeer() {
        assertThat(behindIngress.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void takesTheAddressTheTrustedProxyForwards() {
        assertThat(behindIngress.of("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void aClientCannotChooseItsAddressByForgingTheHeader() {
        // the client sent "X-Forwarded-For: 192.0.2.99"; the ingress appended the address it saw
        assertThat(behindIngress.of("10.1.2.3", List.of("192.0.2.99, 198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void walksPastEveryTrustedHop() {
        assertThat(behindIngress.of("10.1.2.3", List.of("198.51.100.1, 10.9.9.9", "10.4.4.4"))).isEqualTo("198.51.100.1");
    }

    @Test
    void fallsBackToThePeerWhenTheHeaderIsGarbled() {
        assertThat(behindIngress.of("10.1.2.3", List.of("not-an-address"))).isEqualTo("10.1.2.3");
        assertThat(behindIngress.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }
}
