package org.zhengtong.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * An open-loop (constant arrival rate) load generator in the manner of wrk2, for GETs: request i of a step is due at
 * {@code start + i / rate} whatever happened to the earlier ones, and its latency is measured from that intended time
 * to the last byte of its answer, so a slow answer delays no later send without being counted (no coordinated
 * omission). {@code CONNECTIONS} keep-alive HTTP/1.1 connections, one thread each, take the due times in order; when
 * all are busy the next request waits for a free one and that wait is part of its latency, as it would be for a real
 * client; a request that found no free connection for longer than the timeout is counted as a timeout and not sent,
 * so an overloaded step still ends about on time. Plain sockets rather than java.net.http so the generator costs the 2 shared cores as little as possible.
 * <pre>
 *   java -cp ... org.zhengtong.bench.OpenLoop URL SESSIONS_FILE NAME SECONDS RATE [RATE...]
 *   env: CONNECTIONS (default 200), TIMEOUT_S (10), WARMUP_S (5, at half the first rate), PAUSE_S (5),
 *        STOP_AFTER (2: the higher rates are skipped after this many steps in a row that missed p99 <= 50 ms, 0 errors)
 * </pre>
 * Each request takes the next session of SESSIONS_FILE (lines "user SESSION=cookie csrf", from bench/login.sh).
 * Errors: connection failures, timeouts and non-2xx answers (a redirect to the login page is one). Prints per step
 * {@code RESULT NAME-RATE achieved/s p50 p95 p99 errors requests} like bench/wrk/common.lua (latencies in ms) and an
 * {@code OPENLOOP} line with p99.9, max, how far the sender fell behind its schedule and the generator's CPU use.
 */
public final class OpenLoop {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: OpenLoop URL SESSIONS_FILE NAME SECONDS RATE [RATE...]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        List<String> cookies = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 2) {
                cookies.add(parts[1]);
            }
        }
        if (cookies.isEmpty()) {
            throw new IllegalArgumentException("no sessions in " + args[1]);
        }
        String name = args[2];
        int seconds = Integer.parseInt(args[3]);
        int pause = Integer.parseInt(env("PAUSE_S", "5"));
        OpenLoop loop = new OpenLoop(uri, cookies, Integer.parseInt(env("CONNECTIONS", "200")),
                Integer.parseInt(env("TIMEOUT_S", "10")));
        loop.check();
        List<Integer> rates = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            rates.add(Integer.parseInt(args[i]));
        }
        int warmup = Integer.parseInt(env("WARMUP_S", "5"));
        if (warmup > 0) {
            loop.step(name + "-warmup", Math.max(1, rates.get(0) / 2), warmup, false);
            Thread.sleep(pause * 1000L);
        }
        int stopAfter = Integer.parseInt(env("STOP_AFTER", "2"));
        int failed = 0;
        for (int rate : rates) {
            if (failed >= stopAfter) {
                System.out.printf("OPENLOOP %s-%d skipped: the last %d steps missed p99 <= 50 ms with 0 errors%n", name,
                        rate, failed);
                continue;
            }
            failed = loop.step(name + "-" + rate, rate, seconds, true) ? 0 : failed + 1;
            Thread.sleep(pause * 1000L);
        }
        loop.close();
        System.exit(0);
    }

    private static String env(String key, String otherwise) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private final InetSocketAddress address;
    private final String path;
    private final byte[][] requests;
    private final Connection[] connections;
    private final int timeoutMs;
    private final long timeoutNanos;

    OpenLoop(URI uri, List<String> cookies, int connections, int timeoutS) {
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        address = new InetSocketAddress(uri.getHost(), port);
        path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests = new byte[cookies.size()][];
        for (int i = 0; i < cookies.size(); i++) {
            requests[i] = ("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port + "\r\nCookie: "
                    + cookies.get(i) + "\r\nAccept: */*\r\nUser-Agent: zhengtong-bench-openloop\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        this.connections = new Connection[connections];
        for (int i = 0; i < connections; i++) {
            this.connections[i] = new Connection();
        }
        this.timeoutMs = timeoutS * 1000;
        this.timeoutNanos = TimeUnit.SECONDS.toNanos(timeoutS);
    }

    /** One request before the run, so a wrong session or URL shows at once rather than as errors. */
    private void check() throws IOException {
        Connection c = connections[0];
        int status = c.exchange(requests[0]);
        System.out.printf("CHECK %s%s -> %d, %d bytes of body%n", address, path, status, c.lastBody);
        if (status / 100 != 2) {
            throw new IllegalStateException("the first request was answered " + status);
        }
    }

    private void close() {
        for (Connection c : connections) {
            c.close();
        }
    }

    /** Runs one step; whether it held (p99 <= 50 ms and no errors). */
    private boolean step(String label, int rate, int seconds, boolean print) throws InterruptedException {
        long total = (long) rate * seconds;
        long period = 1_000_000_000L / rate;
        AtomicLong next = new AtomicLong();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime() + 20_000_000L;
        Thread[] threads = new Thread[connections.length];
        for (int t = 0; t < threads.length; t++) {
            Connection c = connections[t];
            c.reset();
            threads[t] = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < total) {
                    long intended = start + i * period;
                    long now = System.nanoTime();
                    if (now < intended) {
                        while ((now = System.nanoTime()) < intended) {
                            LockSupport.parkNanos(intended - now);
                        }
                        c.lag = Math.max(c.lag, now - intended); // the generator's own lateness
                    } else {
                        c.starved++; // every connection was busy at its due time: the wait counts in its latency
                        if (now - intended > timeoutNanos) {
                            // it waited longer than a client would: a timeout, not sent (bounds an overloaded step)
                            c.latencies.recordValue(Math.min(now - intended, c.latencies.getHighestTrackableValue()));
                            c.errors++;
                            c.dropped++;
                            continue;
                        }
                    }
                    boolean ok;
                    try {
                        ok = c.exchange(requests[(int) (i % requests.length)]) / 100 == 2;
                    } catch (IOException e) {
                        ok = false;
                        c.close();
                    }
                    long end = System.nanoTime();
                    c.latencies.recordValue(Math.min(end - intended, c.latencies.getHighestTrackableValue()));
                    if (!ok) {
                        c.errors++;
                    }
                    c.lastEnd = Math.max(c.lastEnd, end);
                }
            }, "openloop-" + t);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - start;
        if (!print) {
            return true;
        }
        Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(120), 3);
        long errors = 0;
        long lastEnd = start;
        long lag = 0;
        long starved = 0;
        long dropped = 0;
        for (Connection c : connections) {
            h.add(c.latencies);
            errors += c.errors;
            lastEnd = Math.max(lastEnd, c.lastEnd);
            lag = Math.max(lag, c.lag);
            starved += c.starved;
            dropped += c.dropped;
        }
        double elapsed = (lastEnd - start) / 1e9;
        double achieved = (h.getTotalCount() - errors) / elapsed;
        System.out.printf(Locale.ROOT, "RESULT %s %.1f %.1f %.1f %.1f %d %d%n", label, achieved,
                ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)),
                errors, h.getTotalCount());
        System.out.printf(Locale.ROOT, "OPENLOOP %s target %d/s achieved %.1f/s p50 %.1f p95 %.1f p99 %.1f p99.9 %.1f"
                        + " max %.1f ms, errors %d of %d; %d sent late because all %d connections were busy (%d of them not sent after waiting over the timeout); otherwise at most"
                        + " %.1f ms late; generator CPU %.0f %% of one core%n",
                label, rate, achieved, ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()), errors,
                h.getTotalCount(), starved, connections.length, dropped, lag / 1e6, 100.0 * cpu / wall);
        System.out.flush();
        return errors == 0 && h.getValueAtPercentile(99) <= TimeUnit.MILLISECONDS.toNanos(50);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** One keep-alive connection: writes a request, reads the whole answer (Content-Length or chunked). */
    private final class Connection {
        Socket socket;
        InputStream in;
        OutputStream out;
        final Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(120), 3);
        long errors;
        long lastEnd;
        long lag;
        long starved;
        long dropped;
        long lastBody;
        private final byte[] skip = new byte[64 * 1024];

        void reset() {
            latencies.reset();
            errors = 0;
            lastEnd = 0;
            lag = 0;
            starved = 0;
            dropped = 0;
        }

        int exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setKeepAlive(true);
                socket.connect(address, timeoutMs);
                socket.setSoTimeout(timeoutMs);
                in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            String header;
            while (!(header = line()).isEmpty()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            long body = 0;
            if (chunked) {
                long size;
                while ((size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0) {
                    skipFully(size);
                    body += size;
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skipFully(length);
                body = length;
            } else {
                close = true; // read to the end: not expected from Tomcat
                int n;
                while ((n = in.read(skip)) > 0) {
                    body += n;
                }
            }
            lastBody = body;
            if (close) {
                close();
            }
            return code;
        }

        private void skipFully(long n) throws IOException {
            while (n > 0) {
                int r = in.read(skip, 0, (int) Math.min(skip.length, n));
                if (r < 0) {
                    throw new EOFException();
                }
                n -= r;
            }
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder(64);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new EOFException();
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }
}
