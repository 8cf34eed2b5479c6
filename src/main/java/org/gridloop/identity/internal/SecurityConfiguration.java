package org.gridloop.identity.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Three filter chains: the stateless API with bearer tokens, the actuator (health open, the
 * rest for administrators), and the workstation pages with form login, session and CSRF.
 * Authorities are {@code ROLE_<POST>}; controllers may narrow access with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({TokenProperties.class, AdministratorProperties.class})
class SecurityConfiguration {

    static final String TOKEN_PATH = "/api/v1/auth/token";

    /**
     * No observation of every security filter, authentication and authorization: per request
     * they cost a fifth of the API's throughput (docs/benchmarks.md); request metrics
     * ({@code http.server.requests}) are kept.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle));
        // Sign-ins and failed sign-ins go to the audit log (SignInAudit).
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    ApiTokens apiTokens(SigningKeys keys, Clock clock, TokenProperties properties) {
        return new ApiTokens(keys.apiTokenKey(), clock, properties.lifetime());
    }

    @Bean
    CachedAccounts cachedAccounts(JdbcAccounts accounts, Clock clock, TokenProperties properties) {
        return new CachedAccounts(accounts, clock, properties.accountTtl());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, CachedAccounts accounts,
            SecurityProblems problems) {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(TOKEN_PATH).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AccountStandingFilter(accounts, problems, true), BearerTokenFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Reads may also come from the pages' scripts with the session (ADR 0016).
                .securityContext(context -> context.securityContextRepository(new SessionReadingContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // Tokens simply expire: no logout, and no servlet request wrapper, on the API.
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ApiTokens tokens, CachedAccounts accounts,
            SecurityProblems problems) {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMINISTRATOR"))
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AccountStandingFilter(accounts, problems, true), BearerTokenFilter.class)
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, CachedAccounts accounts, SecurityProblems problems,
            AuthenticationManager signIns) {
        return http
                // The form's sign-ins go through the same throttle and audit as the API's.
                .authenticationManager(signIns)
                .addFilterBefore(new AccountStandingFilter(accounts, problems, false), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // The field app's static files: a browser fetches the manifest without
                        // cookies and checks the service worker for updates after the session ended.
                        .requestMatchers("/m/sw.js", "/m/manifest.webmanifest", "/m/icons/**", "/m/js/**",
                                "/m/css/**").permitAll()
                        // The public disclosure of the evaluation (网上公布).
                        .requestMatchers("/public/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailurePage()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(htmxLoginRedirect(), new RequestHeaderRequestMatcher("HX-Request", "true"))
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .build()))
                .build();
    }

    /** An htmx request whose session ended reloads the whole page on the login form. */
    private static AuthenticationEntryPoint htmxLoginRedirect() {
        return (request, response, exception) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }
}
