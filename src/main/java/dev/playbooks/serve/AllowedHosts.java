package dev.playbooks.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a request may give for the server: the loopback ones, the address it listens on, and (listening on
 * every address) the addresses of this machine, each with the server's port. A page on another site that has its
 * own name resolve to this machine (DNS rebinding) sends its own name, and is refused, as is a page of another
 * site asking for the reload stream (its {@code Origin} is not one of these).
 */
final class AllowedHosts {
    private final Set<String> hosts;
    private final int port;

    private AllowedHosts(Set<String> hosts, int port) {
        this.hosts = hosts;
        this.port = port;
    }

    static AllowedHosts of(InetSocketAddress bound) {
        Set<String> hosts = new HashSet<>(List.of("localhost", "127.0.0.1"));
        try {
            hosts.add(literal(InetAddress.getByName("::1")));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("an IPv6 literal always parses", e);
        }
        InetAddress address = bound.getAddress();
        hosts.add(literal(address));
        if (address.isAnyLocalAddress()) {
            try {
                for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    Collections.list(network.getInetAddresses()).forEach(each -> hosts.add(literal(each)));
                }
            } catch (SocketException e) {
                // Then only the loopback names are known: the safe side.
            }
        }
        return new AllowedHosts(Set.copyOf(hosts), bound.getPort());
    }

    /** How a {@code Host} header writes the address: IPv6 in brackets, without a zone. */
    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        text = zone < 0 ? text : text.substring(0, zone);
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }

    /** Whether {@code host} ({@code name:port}, as in a {@code Host} header) names this server. */
    boolean allows(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String name = host;
        int requestedPort = 80;
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            name = host.substring(0, colon);
            try {
                requestedPort = Integer.parseInt(host.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (name.startsWith("[") && name.contains(":")) {
            try {
                name = literal(InetAddress.getByName(name.substring(1, name.length() - 1)));
            } catch (java.net.UnknownHostException | StringIndexOutOfBoundsException e) {
                return false;
            }
        }
        return requestedPort == port && hosts.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code origin} ({@code http://name:port}) is this server's own, as a page it sent has. */
    boolean isOwnOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            return "http".equals(uri.getScheme()) && uri.getRawPath().isEmpty() && uri.getRawAuthority() != null
                    && uri.getRawUserInfo() == null && allows(uri.getRawAuthority());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
