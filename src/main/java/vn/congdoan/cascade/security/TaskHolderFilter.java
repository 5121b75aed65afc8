package vn.congdoan.cascade.security;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is held only by an officer of a group it is offered to, or by an administrator. In the engine's
 * REST API and Tasklist's copy of it, claiming a task for someone ({@code claim}), setting its assignee
 * ({@code assignee}), delegating it ({@code delegate}), adding a person to it ({@code identity-links})
 * and changing its assignee or owner ({@code PUT /task/{id}}) name a user; a user outside the task's
 * candidate groups is refused with 403. Offering the task to another group ({@code identity-links} with
 * a {@code groupId}) is refused too: the model decides a task's groups.
 * Without this, an officer could hand their unit's task to an officer of another unit (the engine then
 * authorizes that officer on the task), who would then act in the unit's name. Requests of callers who
 * are not logged in pass on unread: the engine refuses them.
 */
public class TaskHolderFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(TaskHolderFilter.class);
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final Pattern HOLDING = Pattern.compile(EngineRestRequests.API + "/task/([^/]+)/(claim|assignee|delegate|identity-links)$");
  private static final Pattern TASK = Pattern.compile(EngineRestRequests.API + "/task/([^/]+)$");

  private final TaskHolders holders;
  private final IdentityService identity;

  public TaskHolderFilter(TaskHolders holders, IdentityService identity) {
    this.holders = holders;
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = EngineRestRequests.path(request);
    Matcher holding = HOLDING.matcher(path);
    Matcher update = TASK.matcher(path);
    boolean named = "POST".equals(request.getMethod()) && holding.matches();
    boolean updated = !named && "PUT".equals(request.getMethod()) && update.matches();
    if (!named && !updated || !WebappSession.isLoggedIn(request, identity)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CachedBodyRequest> read = CachedBodyRequest.read(request, MAX_BODY_BYTES);
    if (read.isEmpty()) {
      EngineRestRequests.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
          "Nội dung gửi lên quá lớn.", null);
      return;
    }
    String taskId = named ? holding.group(1) : update.group(1);
    JsonNode body = EngineRestRequests.json(read.get().body());
    List<String> users = new ArrayList<>();
    if (named) {
      users.add(text(body, "userId"));
    } else {
      Optional<TaskHolders.Holders> current = holders.current(taskId);
      if (current.isPresent()) {
        String assignee = text(body, "assignee");
        String owner = text(body, "owner");
        if (!Objects.equals(assignee, current.get().assignee())) {
          users.add(assignee);
        }
        if (!Objects.equals(owner, current.get().owner())) {
          users.add(owner);
        }
      }
    }
    for (String user : users) {
      if (user != null && !user.isBlank() && !holders.mayHold(taskId, user)) {
        log.info("Refused {} {}: user {} is in none of the task's candidate groups", request.getMethod(), path, user);
        refuse(response, user);
        return;
      }
    }
    String group = named ? text(body, "groupId") : null;
    if (group != null && !group.isBlank() && !holders.mayBeOfferedTo(taskId, group)) {
      log.info("Refused {} {}: group {} is not one the model offers the task to", request.getMethod(), path, group);
      refuse(response, "nhóm " + group);
      return;
    }
    chain.doFilter(read.get(), response);
  }

  private static void refuse(HttpServletResponse response, String whom) throws IOException {
    EngineRestRequests.refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
        "Chỉ cán bộ của đơn vị được giao công việc này (hoặc quản trị viên) mới nhận được công việc; "
            + "không giao được cho " + whom + ".", null);
  }

  private static String text(JsonNode body, String field) {
    return body == null || !body.path(field).isTextual() ? null : body.path(field).asText();
  }
}
