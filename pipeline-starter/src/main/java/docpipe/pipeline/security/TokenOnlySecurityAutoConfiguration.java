package docpipe.pipeline.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * A docpipe service that uses Spring Security (ingest for writes, query for reads) knows its clients by bearer token
 * ({@link BearerTokenFilter}) and has no user accounts. Saying so here keeps Boot from making up a user with a
 * generated password, and from logging that password, in every such service. Services without Spring Security on
 * their classpath (parse, enrich) never load this.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConditionalOnClass(UserDetailsService.class)
public class TokenOnlySecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    UserDetailsService noUserAccounts() {
        return username -> {
            throw new UsernameNotFoundException("docpipe services have no user accounts, only bearer tokens");
        };
    }
}
