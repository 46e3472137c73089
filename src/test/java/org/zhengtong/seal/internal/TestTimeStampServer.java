package org.zhengtong.seal.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority over HTTP on a free local port, made in the test with BouncyCastle's tsp: its
 * own CA, a time-stamping certificate from it, and a handler answering {@code application/timestamp-query} posts.
 */
final class TestTimeStampServer implements AutoCloseable {

    /** Tokens carry this time: when the server started. */
    final Instant time = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    final SealCrypto.Entry ca;
    final SealCrypto.Entry tsa;
    private final HttpServer server;

    TestTimeStampServer() throws IOException {
        KeyPair caPair = SealCrypto.p256KeyPair();
        ca = new SealCrypto.Entry(caPair.getPrivate(), SealCrypto.caCertificate(caPair,
                SealCrypto.name("测试时间戳CA", "测试"), SealCrypto.PDF_ALGORITHM, Instant.parse("2025-01-01T00:00:00Z")));
        KeyPair tsaPair = SealCrypto.p256KeyPair();
        tsa = new SealCrypto.Entry(tsaPair.getPrivate(), SealCrypto.issue(ca, SealCrypto.name("测试时间戳服务", "测试"),
                tsaPair.getPublic(), SealCrypto.PDF_ALGORITHM, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"), SealCrypto.Purpose.TIME_STAMPING));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            try (exchange) {
                byte[] reply;
                try {
                    reply = respond(new TimeStampRequest(exchange.getRequestBody().readAllBytes()));
                } catch (Exception e) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        });
        server.createContext("/broken", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    URI brokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/broken");
    }

    private byte[] respond(TimeStampRequest request) throws Exception {
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().setProvider(SealCrypto.BC)
                        .build(SealCrypto.PDF_ALGORITHM, tsa.key(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(request, BigInteger.valueOf(System.nanoTime()), Date.from(time)).getEncoded();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
