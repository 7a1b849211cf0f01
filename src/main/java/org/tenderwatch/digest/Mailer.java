package org.tenderwatch.digest;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.tenderwatch.config.Settings;

/** Delivers a rendered digest: over SMTP, or as an {@code .eml} file in the outbox when no SMTP host is set. */
public interface Mailer {
  /**
   * @return where it went: {@code smtp://host:port} or the .eml file
   * @throws MessagingException when the server refused it or could not be reached; nothing counts as sent then
   */
  String deliver(Subscriber to, LocalDate date, RenderedDigest digest, Instant now)
      throws MessagingException, IOException;

  /** SMTP when {@code mail.host} is set, else the outbox folder {@code <data>/outbox}. */
  static Mailer of(Settings.Mail mail, Path dataDir, Map<String, String> env) {
    return mail.host() == null || mail.host().isBlank()
        ? new Outbox(dataDir.resolve("outbox"), mail.from()) : new Smtp(mail, env);
  }

  /** The message: multipart/alternative, plain text first (the fallback), then HTML; UTF-8 throughout. */
  static MimeMessage message(Session session, String from, Subscriber to, RenderedDigest d, Instant now)
      throws MessagingException {
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(from));
    m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.email()));
    m.setSubject(d.subject(), "UTF-8");
    m.setSentDate(Date.from(now));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(d.text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(d.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    m.setContent(alternative);
    m.saveChanges();
    return m;
  }

  /** SMTP with the configured host and port; credentials from the environment variables the settings name. */
  final class Smtp implements Mailer {
    /** Connect and read timeouts: a dead server fails the attempt in seconds, and the retry picks it up. */
    private static final String TIMEOUT_MS = "20000";

    private final Settings.Mail mail;
    private final String user;
    private final String password;

    Smtp(Settings.Mail mail, Map<String, String> env) {
      this.mail = mail;
      this.user = mail.usernameEnv() == null ? null : env.get(mail.usernameEnv());
      this.password = mail.passwordEnv() == null ? null : env.get(mail.passwordEnv());
    }

    @Override
    public String deliver(Subscriber to, LocalDate date, RenderedDigest d, Instant now) throws MessagingException {
      Properties p = new Properties();
      p.setProperty("mail.smtp.host", mail.host());
      p.setProperty("mail.smtp.port", Integer.toString(mail.port()));
      p.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
      p.setProperty("mail.smtp.timeout", TIMEOUT_MS);
      p.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
      boolean auth = user != null && !user.isBlank();
      p.setProperty("mail.smtp.auth", Boolean.toString(auth));
      // STARTTLS when the server offers it (port 587), plain on a local relay that does not; but never the
      // password in the clear: with credentials, a server without STARTTLS fails the send instead
      p.setProperty("mail.smtp.starttls.enable", "true");
      p.setProperty("mail.smtp.starttls.required", Boolean.toString(auth));
      Session session = Session.getInstance(p);
      MimeMessage m = message(session, mail.from(), to, d, now);
      if (auth) {
        Transport.send(m, user, password);
      } else {
        Transport.send(m);
      }
      return "smtp://" + mail.host() + ":" + mail.port();
    }
  }

  /** No SMTP configured: each digest becomes {@code <outbox>/<date>_<email>.eml}, written whole or not at all. */
  final class Outbox implements Mailer {
    private final Path dir;
    private final String from;

    Outbox(Path dir, String from) {
      this.dir = dir;
      this.from = from;
    }

    @Override
    public String deliver(Subscriber to, LocalDate date, RenderedDigest d, Instant now)
        throws MessagingException, IOException {
      Files.createDirectories(dir);
      Path file = dir.resolve(date + "_" + to.email().replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml");
      Path tmp = Files.createTempFile(dir, ".digest", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        message(Session.getInstance(new Properties()), from, to, d, now).writeTo(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file.toString();
    }
  }
}
