package org.tenderwatch.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.tenderwatch.config.Config;
import org.tenderwatch.store.PgTestDb;

/** Every test of {@link AuthTest} (users, sign-in, sessions, lock-out) with the store on PostgreSQL. */
class AuthOnPostgresTest extends AuthTest {
  private PgTestDb pg;

  @BeforeEach
  void freshDatabase() {
    pg = PgTestDb.create();
  }

  @AfterEach
  void drop() {
    pg.close();
  }

  @Override
  Config config(Path dir) {
    return super.config(dir).withStore(pg.store());
  }
}
