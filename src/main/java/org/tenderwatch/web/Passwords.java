package org.tenderwatch.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes with the JDK's PBKDF2WithHmacSHA256: stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, so the
 * iteration count can be raised later and old hashes still verify.
 */
final class Passwords {
  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: 600,000 iterations (about 0.3 s per check on this 2-core machine). */
  static final int ITERATIONS = 600_000;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private Passwords() {}

  static String hash(char[] password) {
    return hash(password, ITERATIONS);
  }

  static String hash(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] h = pbkdf2(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(h);
  }

  /** True when the password hashes to the stored value (compared in constant time). */
  static boolean verify(char[] password, String stored) {
    String[] p = stored == null ? new String[0] : stored.split("\\$");
    if (p.length != 4 || !p[0].equals("pbkdf2-sha256")) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(p[3]);
    byte[] actual = pbkdf2(password, b64.decode(p[2]), Integer.parseInt(p[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** A random token for a cookie: 256 bits, URL-safe. */
  static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
