package vn.congdoan.cascade.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The web server is up before the models, the registry and the accounts are: until then, a clear 503. */
class StartingUpFilterTest {

  private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  private final StartingUpFilter filter = new StartingUpFilter(availability);

  @Test
  void beforeTheApplicationIsReady_restCallsGetA503InJson_andNothingRuns() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = request("/engine-rest/process-definition/key/DirectiveCascadeProcess/start", chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString())
        .isEqualTo("{\"type\":\"ServiceUnavailable\",\"message\":\"Hệ thống đang khởi động hoặc đang dừng; xin thử lại sau ít phút.\"}");
    assertThat(chain.getRequest()).as("the request went no further").isNull();
  }

  @Test
  void beforeTheApplicationIsReady_pagesGetAVietnamesePageThatReloadsItself() throws Exception {
    MockHttpServletResponse response = request("/camunda/app/tasklist/", new MockFilterChain());

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("text/html");
    assertThat(response.getContentAsString())
        .contains("<html lang=\"vi\">", "http-equiv=\"refresh\" content=\"10\"", "Hệ thống đang khởi động");
  }

  @Test
  void onceReady_everyRequestPasses_andWhenShuttingDown_itIsRefusedAgain() throws Exception {
    publish(ReadinessState.ACCEPTING_TRAFFIC);
    MockFilterChain chain = new MockFilterChain();
    assertThat(request("/engine-rest/task", chain).getStatus()).isEqualTo(200);
    assertThat(chain.getRequest()).isNotNull();

    publish(ReadinessState.REFUSING_TRAFFIC);
    assertThat(request("/api/directives", new MockFilterChain()).getStatus()).isEqualTo(503);
  }

  private void publish(ReadinessState state) {
    availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
  }

  private MockHttpServletResponse request(String uri, MockFilterChain chain) throws ServletException, IOException {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, chain);
    return response;
  }
}
