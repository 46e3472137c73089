package org.zhengtong.seal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * A time-stamping authority reached over HTTP (RFC 3161 §3.4): the query is posted as
 * {@code application/timestamp-query}; the reply must answer this very query (nonce, digest) with a token.
 */
final class HttpTimeStampAuthority implements TimeStampAuthority {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_REPLY_BYTES = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    HttpTimeStampAuthority(URI url) {
        this.url = url;
    }

    @Override
    public byte[] timeStamp(byte[] sha256) throws Unavailable {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest query = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(63, RANDOM));
        try {
            HttpRequest post = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(query.getEncoded())).build();
            HttpResponse<InputStream> reply = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = reply.body()) {
                body = in.readNBytes(MAX_REPLY_BYTES + 1);
            }
            if (reply.statusCode() != 200 || body.length > MAX_REPLY_BYTES) {
                throw new IOException("answered HTTP " + reply.statusCode() + " with " + body.length + " bytes");
            }
            TimeStampResponse response = new TimeStampResponse(body);
            response.validate(query);
            if (response.getTimeStampToken() == null) {
                throw new IOException("refused: " + response.getStatusString());
            }
            return response.getTimeStampToken().getEncoded();
        } catch (IOException | TSPException e) {
            throw new Unavailable("time-stamping authority " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while asking " + url, e);
        }
    }
}
