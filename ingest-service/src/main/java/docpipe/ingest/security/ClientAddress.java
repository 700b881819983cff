package docpipe.ingest.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The address a request really comes from. The socket's peer, unless that peer is one of the configured trusted
 * proxies: then {@code X-Forwarded-For} is read from the right (the entry the nearest proxy appended) past every
 * trusted hop to the first address that is not one. A client cannot choose its own address by sending the header
 * itself, because entries it wrote sit left of the first untrusted hop and are never reached.
 */
final class ClientAddress {

    private final List<IpAddressMatcher> trusted;

    /** @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}) of proxies whose header is believed */
    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String of(String peer, List<String> forwardedForHeaders) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedForHeaders.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isAddress(hop)) {
                // a garbled entry: what is left of it cannot be believed either
                return i == hops.size() - 1 ? peer : hops.get(i + 1);
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        if (!isAddress(address)) {
            return false;
        }
        return trusted.stream().anyMatch(range -> range.matches(address));
    }

    /** A literal IPv4 or IPv6 address only: never a host name, which would mean a DNS lookup per request. */
    private static boolean isAddress(String s) {
        return s != null && !s.isEmpty() && (s.matches("[0-9.]+") && s.chars().filter(c -> c == '.').count() == 3
                || s.indexOf(':') >= 0 && s.matches("[0-9a-fA-F:.]+"));
    }
}
