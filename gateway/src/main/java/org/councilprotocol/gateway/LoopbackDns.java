package org.councilprotocol.gateway;

import java.net.InetAddress;
import java.util.Collection;
import java.util.List;

import org.apache.james.dnsservice.api.DNSService;

/**
 * A DNS service that never leaves the machine: every name is the loopback address. The local
 * gateway and the tests relay through a smarthost, so no real look-up is ever wanted.
 */
public final class LoopbackDns implements DNSService {
    @Override
    public Collection<String> findMXRecords(String hostname) {
        return List.of("localhost");
    }

    @Override
    public Collection<String> findTXTRecords(String hostname) {
        return List.of();
    }

    @Override
    public Collection<InetAddress> getAllByName(String host) {
        return List.of(InetAddress.getLoopbackAddress());
    }

    @Override
    public InetAddress getByName(String host) {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public InetAddress getLocalHost() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public String getHostName(InetAddress address) {
        return "localhost";
    }
}
