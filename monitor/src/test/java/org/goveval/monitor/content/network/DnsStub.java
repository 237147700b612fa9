package org.goveval.monitor.content.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.goveval.monitor.net.StubResolver;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A DNS server for tests on 127.0.0.1 (UDP, an ephemeral port): answers A and AAAA questions from a map, NXDOMAIN
 * for names it does not know, SERVFAIL for names marked failing, and nothing at all for names marked silent.
 * dnsjava parses the questions and writes the answers. Nothing is ever forwarded.
 */
public final class DnsStub implements AutoCloseable {
    private final DatagramSocket socket;
    private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final List<String> questions = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger answered = new AtomicInteger();

    private DnsStub(DatagramSocket socket) {
        this.socket = socket;
    }

    public static DnsStub start() {
        try {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(StubResolver.ip("127.0.0.1"), 0));
            DnsStub stub = new DnsStub(socket);
            Thread.ofVirtual().name("dns-stub").start(stub::serve);
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the DNS stub on 127.0.0.1", e);
        }
    }

    /** Maps a name to IP literals (A for IPv4, AAAA for IPv6), replacing what it had. */
    public DnsStub with(String name, String... literals) {
        names.put(
                key(name),
                java.util.Arrays.stream(literals).map(StubResolver::ip).toList());
        return this;
    }

    /** Answers SERVFAIL for the name. */
    public DnsStub failing(String name) {
        failing.add(key(name));
        return this;
    }

    /** Never answers questions about the name. */
    public DnsStub silent(String name) {
        silent.add(key(name));
        return this;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
    }

    /** Every question asked, as {@code TYPE name}. */
    public List<String> questions() {
        synchronized (questions) {
            return List.copyOf(questions);
        }
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] answer = answer(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                if (answer.length > 0) {
                    socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
                    answered.incrementAndGet();
                }
            } catch (IOException e) {
                // closed, or a malformed packet: go on until closed
            }
        }
    }

    private byte[] answer(byte[] wire) throws IOException {
        Message query = new Message(wire);
        org.xbill.DNS.Record question = query.getQuestion();
        String name = key(question.getName().toString());
        questions.add(Type.string(question.getType()) + " " + name);
        if (silent.contains(name)) {
            return new byte[0];
        }
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        response.getHeader().setFlag(Flags.RA);
        response.addRecord(question, Section.QUESTION);
        List<InetAddress> addresses = names.get(name);
        if (failing.contains(name)) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
        } else if (addresses == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else {
            for (InetAddress address : addresses) {
                if (question.getType() == Type.AAAA && address instanceof Inet6Address) {
                    response.addRecord(new AAAARecord(question.getName(), DClass.IN, 60, address), Section.ANSWER);
                } else if (question.getType() == Type.A && address instanceof Inet4Address) {
                    response.addRecord(new ARecord(question.getName(), DClass.IN, 60, address), Section.ANSWER);
                }
            }
        }
        return response.toWire();
    }

    @Override
    public void close() {
        socket.close();
    }
}
