package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congdoan.cascade.CascadeApplication;

/**
 * Outside the demo profile the application refuses demo passwords and a missing or weak administrator
 * password, and starts with a strong one taken from the environment, stored hashed.
 */
class PasswordGuardTest {

  /** The application in the test profile only (not demo), with the given settings as command-line arguments. */
  private static Start app(String... settings) {
    String[] args = new String[settings.length + 3];
    args[0] = "--server.port=0";
    args[1] = "--spring.datasource.url=jdbc:h2:mem:guard-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    // an engine of its own name: Camunda's static engine registry must keep pointing other tests'
    // REST APIs at their engine named "default"
    args[2] = "--camunda.bpm.process-engine-name=passwordGuardTest";
    for (int i = 0; i < settings.length; i++) {
      args[i + 3] = "--" + settings[i];
    }
    return () -> new SpringApplicationBuilder(CascadeApplication.class).profiles("test").run(args);
  }

  interface Start {
    ConfigurableApplicationContext run();
  }

  @Test
  void demoPasswordOutsideTheDemoProfile_refused() {
    assertThatThrownBy(() -> app("cascade.organisation.demo-password=demo", "cascade.admin.password=Sterk!Passwort2026").run())
        .hasStackTraceContaining("Demo passwords are allowed only in the demo profile");
  }

  @Test
  void noAdministratorPassword_refused() {
    assertThatThrownBy(() -> app("cascade.admin.password=").run())
        .hasStackTraceContaining("No administrator password: set CASCADE_ADMIN_PASSWORD");
  }

  @Test
  void weakAdministratorPassword_refused() {
    assertThatThrownBy(() -> app("cascade.admin.password=demo").run())
        .hasStackTraceContaining("too weak for the password policy");
  }

  @Test
  void strongAdministratorPassword_startsWithTheAdministratorOnly() {
    try (ConfigurableApplicationContext context = app("cascade.admin.username=quantri", "cascade.admin.password=Quan-Tri#2026x").run()) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.checkPassword("quantri", "Quan-Tri#2026x")).isTrue();
      User admin = identity.createUserQuery().userId("quantri").singleResult();
      assertThat(admin.getPassword()).startsWith("{SHA-512}").doesNotContain("Quan-Tri#2026x");
      assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()).extracting(User::getId)
          .isEqualTo(List.of("quantri"));
      // no registry file outside the demo profile unless one is configured: no demo officers
      assertThat(identity.createUserQuery().userId("vanphong.cdyt").count()).isZero();
    }
  }
}
