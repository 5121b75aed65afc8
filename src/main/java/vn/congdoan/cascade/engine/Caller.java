package vn.congdoan.cascade.engine;

import java.util.List;

/**
 * Someone calling the engine's services from outside the engine: an officer or administrator through the
 * REST API, Tasklist, Cockpit, Admin or the application's own API. Calls made by the engine itself (a job,
 * a listener, a delegate) and by the application without a logged-in user have no caller: the rules do not
 * apply to them.
 */
public record Caller(String userId, List<String> groupIds, boolean administrator) {

  public Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }
}
