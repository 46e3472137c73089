package org.zhengtong.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

/** The client of a time-stamping authority at {@code zhengtong.seal.tsa-url}, against a local TSA over HTTP. */
class HttpTimeStampAuthorityTest {

    @Test
    void theTokenIsTheAuthoritysOverTheDigestAsked() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("签名值".getBytes());
        try (TestTimeStampServer server = new TestTimeStampServer()) {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(
                    new HttpTimeStampAuthority(server.url()).timeStamp(digest)));

            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(SealCrypto.BC)
                    .build(server.tsa.certificate()));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
            assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(server.time);
        }
    }

    @Test
    void anAuthorityThatGivesNoTokenMakesTheTimeStampUnavailable() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] {1});
        try (TestTimeStampServer server = new TestTimeStampServer()) {
            assertThatThrownBy(() -> new HttpTimeStampAuthority(server.brokenUrl()).timeStamp(digest))
                    .isInstanceOf(TimeStampAuthority.Unavailable.class).hasMessageContaining("500");
        }
        assertThatThrownBy(() -> new HttpTimeStampAuthority(java.net.URI.create("http://127.0.0.1:9/tsa")).timeStamp(digest))
                .isInstanceOf(TimeStampAuthority.Unavailable.class);
    }
}
