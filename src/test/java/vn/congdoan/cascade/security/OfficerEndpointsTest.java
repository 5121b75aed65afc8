package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The officers' endpoints, by method and decoded path inside the engine API. */
class OfficerEndpointsTest {

  @Test
  void allowsWhatTasklistNeeds_andNothingNamedLikeAnId() {
    assertThat(OfficerEndpoints.allows("POST", "/task/abc/submit-form")).isTrue();
    assertThat(OfficerEndpoints.allows("HEAD", "/task/abc")).isTrue();
    assertThat(OfficerEndpoints.allows("GET", "/process-definition/key/DirectiveCascadeProcess/startForm")).isTrue();
    assertThat(OfficerEndpoints.allows("POST", "/task/abc/bpmnError")).isFalse();
    assertThat(OfficerEndpoints.allows("PUT", "/task/abc/variables/x")).isFalse();
    assertThat(OfficerEndpoints.allows("GET", "/process-definition/statistics")).as("not a definition's id").isFalse();
    assertThat(OfficerEndpoints.allows("GET", "/history/process-instance/report")).isFalse();
    assertThat(OfficerEndpoints.allows("POST", "/identity/verify")).isFalse();
    assertThat(OfficerEndpoints.allows("POST", "/Task/abc/complete")).isFalse();
    assertThat(OfficerEndpoints.templates()).hasSizeGreaterThan(100);
  }
}
