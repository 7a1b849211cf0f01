package org.tenderwatch.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tenderwatch.config.Settings;

/**
 * Credentials never cross a plain connection. GreenMail's plain SMTP server offers no STARTTLS, like a relay
 * misconfigured or a man in the middle stripping the offer: with credentials the send fails and nothing arrives;
 * without credentials (a local relay) mail goes through as before.
 */
class SmtpStartTlsTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Subscriber TO = new Subscriber("analyst@example.org", null, "cli", Instant.EPOCH, List.of(),
      List.of("nvidia_gpu"));
  private static final RenderedDigest DIGEST = new RenderedDigest("tenderwatch digest", "text", "<p>html</p>", 1, 0);

  private static Settings.Mail mail() {
    return new Settings.Mail("127.0.0.1", SMTP.getSmtp().getPort(), "tenderwatch@localhost", "TW_USER", "TW_PASS");
  }

  @Test
  void withCredentialsAServerWithoutStartTlsIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) {
    SMTP.setUser("tw", "secret-password");
    Mailer m = Mailer.of(mail(), dir, Map.of("TW_USER", "tw", "TW_PASS", "secret-password"));
    MessagingException e = assertThrows(MessagingException.class,
        () -> m.deliver(TO, LocalDate.of(2024, 6, 1), DIGEST, Instant.now()));
    assertTrue(String.valueOf(e.getMessage()).toUpperCase(java.util.Locale.ROOT).contains("STARTTLS"),
        e.getMessage());
    assertEquals(0, SMTP.getReceivedMessages().length, "nothing was sent in the clear");
  }

  @Test
  void withoutCredentialsALocalRelayStillGetsTheDigest(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Mailer m = Mailer.of(mail(), dir, Map.of());
    m.deliver(TO, LocalDate.of(2024, 6, 1), DIGEST, Instant.now());
    assertEquals(1, SMTP.getReceivedMessages().length);
  }
}
