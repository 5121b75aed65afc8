package vn.congdoan.cascade.grassroots;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param startBatchSize how many grassroots processes Task_StartUnitProcesses starts in one transaction
 */
@ConfigurationProperties("cascade")
public record CascadeProperties(@DefaultValue("200") int startBatchSize) {}
