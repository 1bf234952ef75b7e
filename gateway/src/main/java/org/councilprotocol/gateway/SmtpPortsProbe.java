package org.councilprotocol.gateway;

import java.net.InetSocketAddress;

import javax.inject.Inject;

import org.apache.james.smtpserver.netty.SMTPServerFactory;
import org.apache.james.utils.GuiceProbe;

/** The port each SMTP listener actually bound, in the order smtpserver.xml lists them (ports are picked at start). */
public final class SmtpPortsProbe implements GuiceProbe {
    private final SMTPServerFactory servers;

    @Inject
    SmtpPortsProbe(SMTPServerFactory servers) {
        this.servers = servers;
    }

    public int port(int listener) {
        return servers.getServers().get(listener).getListenAddresses().stream()
            .map(InetSocketAddress::getPort)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("SMTP listener " + listener + " is not bound"));
    }
}
