package vn.congdoan.cascade.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Adds missing permissions to Camunda authorizations, idempotently: one grant row per (group or user,
 * resource, resource id), extended when a permission is missing, never narrowed. An administrator's
 * extra permissions on the same row are kept.
 *
 * <p>For grants made per unit or per officer, {@link #readAll(Resource, String)} first reads every grant
 * on a resource (or one resource id) in one query, so that the grants after it are compared in memory and
 * only the missing ones are written; a {@code Grants} holding such reads belongs to one sync run, not to a
 * bean (what it read goes stale).
 */
public final class Grants {

  private final AuthorizationService authorizations;
  /** resources (type, and id or null for every id) whose grants were read in bulk */
  private final Set<String> read = new HashSet<>();
  /** (g|u, group or user id, resource type, resource id) → the grant */
  private final Map<String, Authorization> known = new HashMap<>();

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Reads every grant on this resource (every id when {@code resourceId} is null) in one query. */
  public Grants readAll(Resource resource, String resourceId) {
    var query = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource);
    if (resourceId != null) {
      query.resourceId(resourceId);
    }
    List<Authorization> found = new ArrayList<>(query.list());
    for (Authorization grant : found) {
      if (grant.getGroupId() != null) {
        known.putIfAbsent(key("g", grant.getGroupId(), resource, grant.getResourceId()), grant);
      } else if (grant.getUserId() != null) {
        known.putIfAbsent(key("u", grant.getUserId(), resource, grant.getResourceId()), grant);
      }
    }
    read.add(resource.resourceType() + "|" + (resourceId == null ? "" : resourceId));
    return this;
  }

  private boolean wasRead(Resource resource, String resourceId) {
    return read.contains(resource.resourceType() + "|") || read.contains(resource.resourceType() + "|" + resourceId);
  }

  private static String key(String kind, String id, Resource resource, String resourceId) {
    return kind + "|" + id + "|" + resource.resourceType() + "|" + resourceId;
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = wasRead(resource, resourceId) ? known.get(key("g", groupId, resource, resourceId))
        : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    save(existing, grant, resource, resourceId, permissions);
    if (wasRead(resource, resourceId)) {
      known.put(key("g", groupId, resource, resourceId), grant);
    }
  }

  public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = wasRead(resource, resourceId) ? known.get(key("u", userId, resource, resourceId))
        : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
            .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    save(existing, grant, resource, resourceId, permissions);
    if (wasRead(resource, resourceId)) {
      known.put(key("u", userId, resource, resourceId), grant);
    }
  }

  /**
   * Removes these permissions from the group's grant on the resource, if it holds any of them, and deletes the grant
   * when nothing is left: for permissions the application itself granted in an earlier version and that would now
   * show a unit more than its own subtree. {@code universe} lists every permission the resource type knows.
   * Returns whether anything was withdrawn.
   */
  public boolean withdrawFromGroup(String groupId, Resource resource, String resourceId, Permission[] universe,
      Permission... permissions) {
    Authorization existing = wasRead(resource, resourceId) ? known.get(key("g", groupId, resource, resourceId))
        : authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (existing == null) {
      return false;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (existing.isPermissionGranted(permission)) {
        existing.removePermission(permission);
        changed = true;
      }
    }
    if (!changed) {
      return false;
    }
    if (Arrays.stream(universe).noneMatch(p -> p.getValue() != 0 && existing.isPermissionGranted(p))) {
      authorizations.deleteAuthorization(existing.getId());
      known.remove(key("g", groupId, resource, resourceId));
    } else {
      authorizations.saveAuthorization(existing);
    }
    return true;
  }

  public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    save(existing, grant, resource, resourceId, permissions);
  }

  private void save(Authorization existing, Authorization grant, Resource resource, String resourceId, Permission... permissions) {
    boolean changed = existing == null;
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      if (existing == null || !existing.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(grant);
    }
  }
}
