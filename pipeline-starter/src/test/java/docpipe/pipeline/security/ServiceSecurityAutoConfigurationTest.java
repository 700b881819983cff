package docpipe.pipeline.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceSecurityAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceSecurityAutoConfiguration.class));

    @Test
    void givesAServiceWithSpringSecurityNoUserAccounts() {
        runner.run(context -> {
            UserDetailsService users = context.getBean(UserDetailsService.class);
            assertThatThrownBy(() -> users.loadUserByUsername("user")).isInstanceOf(UsernameNotFoundException.class);
        });
    }

    @Test
    void answersARejectedRequestPathAsProblemDetails() {
        runner.run(context -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            context.getBean(RequestRejectedHandler.class).handle(new MockHttpServletRequest("GET", "/api;x=1/search"),
                    response, new RequestRejectedException("semicolon"));

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":400").doesNotContain("semicolon");
        });
    }

    @Test
    void staysOutOfAServiceWithoutSpringSecurity() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("noUserAccounts")
                        .doesNotHaveBean("problemForRejectedRequest"));
    }
}
