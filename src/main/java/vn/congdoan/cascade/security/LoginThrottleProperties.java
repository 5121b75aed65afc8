package vn.congdoan.cascade.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords slow a guesser ({@code cascade.security.login.*}): after {@code freeAttempts}
 * failures of one account from one client, that client's attempts on that account are refused for
 * {@code firstBlock}, doubling with each further failure up to {@code maxBlock}; failures older than
 * {@code forgetAfter} are forgotten.
 */
@ConfigurationProperties("cascade.security.login")
record LoginThrottleProperties(
    @DefaultValue("5") int freeAttempts,
    @DefaultValue("PT5S") Duration firstBlock,
    @DefaultValue("PT15M") Duration maxBlock,
    @DefaultValue("PT1H") Duration forgetAfter) {
}
