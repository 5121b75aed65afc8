package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The path as the APIs read it: decoded once, without path parameters, empty segments or a trailing slash. */
class ApiPathTest {

  @ParameterizedTest
  @CsvSource({
      "/engine-rest/task/abc/complete, engine, /task/abc/complete",
      "/engine-rest/task/%61bc/complete, engine, /task/abc/complete",
      "/engine-rest/task/%61bc/complete/, engine, /task/abc/complete",
      "/engine-rest/task/abc;x=1/complete;jsessionid=2, engine, /task/abc/complete",
      "/engine-rest//task//abc, engine, /task/abc",
      "/engine-rest/engine/default/task/abc, engine, /task/abc",
      "/engine-rest/engine, engine, /engine",
      "/camunda/api/engine/engine/default/task/%2561bc, engine, /task/%61bc",
      "/camunda/api/engine/engine/default/process-definition/key/%44irective/start, engine, /process-definition/key/Directive/start",
      "/camunda/api/cockpit/plugin/base/default/process-definition/statistics, cockpit, /plugin/base/default/process-definition/statistics",
      "/camunda/api/%63ockpit/plugin/base/default, cockpit, /plugin/base/default",
      "/camunda/api/admin/auth/user/default, admin, /auth/user/default",
      "/engine-rest/task/c%E1%BA%A3, engine, /task/cả"})
  void readsThePathAsTheApiDoes(String uri, String area, String rest) {
    assertThat(ApiPath.of(request(uri))).contains(new ApiPath(area, rest));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task%2Fabc/complete", "/engine-rest/task/abc%2fcomplete", "/engine-rest/task/%5C",
      "/engine-rest/task/../user", "/engine-rest/task/%2E%2E/user", "/engine-rest/task/./abc", "/engine-rest/task/%zz",
      "/engine-rest/task/%E1%BA", "/engine-rest/task/%00abc", "/engine-rest/task/abc%"})
  void refusesWhatNoApiCouldReadUnambiguously(String uri) {
    assertThat(ApiPath.of(request(uri))).isEqualTo(Optional.empty());
  }

  private static MockHttpServletRequest request(String uri) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
    request.setRequestURI(uri);
    return request;
  }
}
