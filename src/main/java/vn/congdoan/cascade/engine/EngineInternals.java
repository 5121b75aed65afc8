package vn.congdoan.cascade.engine;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.TaskService;
import java.util.Comparator;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanExecutionBuilder;
import org.camunda.bpm.engine.runtime.ConditionEvaluationBuilder;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.MessageCorrelationAsyncBuilder;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ModificationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.runtime.RestartProcessInstanceBuilder;
import org.camunda.bpm.engine.runtime.SignalEventReceivedBuilder;
import org.camunda.bpm.engine.runtime.UpdateProcessInstanceSuspensionStateSelectBuilder;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * <b>Engine internals</b>: the one class of the application (with {@link WebappInternals} for the webapps)
 * that uses Camunda's implementation classes ({@code org.camunda.bpm.engine.impl…}), which may change in
 * any engine release. Everything else talks to the engine through its public API and hooks into it
 * through the plain interfaces of {@link EngineHooks}, {@link ServiceRules} and {@link Authenticated};
 * {@code architecture.EngineInternalsTest} fails when a third class uses an implementation class.
 *
 * <p>As the engine's one plugin, before the engine initialises, it
 * <ul>
 * <li>runs the {@link EngineHooks.BeforeEngineStarts} hooks (the start-up lock of a cluster);</li>
 * <li>puts one command interceptor outside every command's transaction that shows a failure to the
 * {@link EngineHooks.CommandFailure} hooks (a database outage noted for the request; the engine's
 * refusal of a Java-serialized variable and a form's refusal wrapped by the engine, each made the
 * officer's refusal);</li>
 * <li>switches Java serialization of variables off, whatever the configuration said;</li>
 * <li>records a submitted form value in the history as {@link EngineHooks.SubmittedFormValueHistory}
 * says (a history event producer);</li>
 * <li>installs the task, form, runtime and identity services guarded by the {@link ServiceRules}, whose
 * completions and form submissions from outside the engine run through the {@link EngineHooks.TaskCompletion}
 * (the retry of a colliding completion), and whose password check runs through the
 * {@link EngineHooks.PasswordCheck} in place of the engine's account lock;</li>
 * <li>installs the engine's authorization manager without its per-command read of every authorized group
 * and refusing REVOKE authorizations, and, once the engine is built and no REVOKE authorization exists,
 * switches the engine's revoke checks off ({@link FewGroupsAuthorizations}, issue 17);</li>
 * <li>spares the look-ups that cannot find anything for a task the running command has just created: its
 * stored variables ({@link NewTaskVariables}) and stored grants naming it ({@link FewGroupsAuthorizations};
 * issue 17, step 4).</li>
 * </ul>
 * It also offers what the public API lacks: the current authentication as an {@link Authenticated}
 * ({@link IdentityService#getCurrentAuthentication()} returns an implementation class), the engine's
 * clock ({@link #now()}), and the exception type that the REST API answers with 400
 * ({@link FormFieldRefusal}). Hooks and rules are looked up when first needed: some use the engine's
 * services themselves.
 *
 * <p>The guarded services: each method that changes something asks {@link ServiceRules} first. Installed
 * in place of the engine's own, so the REST API, the webapps and the application's code all call these.
 * The rules apply to a {@link Caller}: a call from outside the engine (no command running on this thread)
 * by a logged-in user; the engine's own nested calls, jobs and the application's calls without a user pass
 * unchanged. Reads are not overridden: the engine's authorizations decide them. {@code GuardedServicesTest}
 * fails when a method of a service that is not a read is left without a rule, so a method added in an
 * engine upgrade cannot slip through.
 */
@Component
public class EngineInternals extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineInternals.class);

  private final ObjectProvider<EngineHooks.BeforeEngineStarts> beforeStart;
  private final ObjectProvider<EngineHooks.CommandFailure> failures;
  private final ObjectProvider<EngineHooks.SubmittedFormValueHistory> formValueHistory;
  private final ObjectProvider<EngineHooks.TaskCompletion> completions;
  private final ObjectProvider<EngineHooks.PasswordCheck> passwords;
  private final ObjectProvider<ServiceRules> rules;
  private ObjectProvider<EngineHooks.DelegateContext> delegateContexts;
  private ObjectProvider<EngineHooks.ShownFormValues> shownFormValues;
  private ProcessEngineConfigurationImpl configuration;

  public EngineInternals(ObjectProvider<EngineHooks.BeforeEngineStarts> beforeStart,
      ObjectProvider<EngineHooks.CommandFailure> failures,
      ObjectProvider<EngineHooks.SubmittedFormValueHistory> formValueHistory,
      ObjectProvider<EngineHooks.TaskCompletion> completions, ObjectProvider<EngineHooks.PasswordCheck> passwords,
      ObjectProvider<ServiceRules> rules) {
    this.beforeStart = beforeStart;
    this.failures = failures;
    this.formValueHistory = formValueHistory;
    this.completions = completions;
    this.passwords = passwords;
    this.rules = rules;
  }

  /** The contexts around the engine's calls into the application (optional: a plugin built by hand has none). */
  @Autowired
  void delegateContexts(ObjectProvider<EngineHooks.DelegateContext> contexts) {
    this.delegateContexts = contexts;
  }

  /** The values forms show that the engine does not hold (optional, as the contexts). */
  @Autowired
  void shownFormValues(ObjectProvider<EngineHooks.ShownFormValues> shown) {
    this.shownFormValues = shown;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    beforeStart.orderedStream().forEach(EngineHooks.BeforeEngineStarts::beforeEngineStarts);

    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new ShowFailures(failures.orderedStream().toList()));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);

    // the engine never stores or deserializes a Java-serialized variable (Camunda 7.24's default, kept so)
    configuration.setJavaSerializationFormatEnabled(false);

    EngineHooks.SubmittedFormValueHistory history = formValueHistory.getIfAvailable();
    if (history != null) {
      if (configuration.getHistoryEventProducer() != null) {
        log.warn("A history event producer is configured already ({}); submitted form values are recorded as sent",
            configuration.getHistoryEventProducer().getClass().getName());
      } else {
        configuration.setHistoryEventProducer(new FormValueHistoryProducer(history::recorded));
      }
    }

    List<EngineHooks.DelegateContext> contexts = delegateContexts == null ? List.of() : delegateContexts.orderedStream().toList();
    if (!contexts.isEmpty()) {
      DelegateInterceptor inner = configuration.getDelegateInterceptor() != null ? configuration.getDelegateInterceptor()
          : new org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor();
      configuration.setDelegateInterceptor(new WithContext(inner, contexts));
    }

    // issue 17: the authorization path of every command by a logged-in user (see FewGroupsAuthorizations)
    List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new FewGroupsAuthorizations.Factory());
    // issue 17, step 4: a task made in this command has no stored variables to read (see NewTaskVariables)
    sessions.add(new NewTaskVariables.Factory());
    configuration.setCustomSessionFactories(sessions);
    // revoke checks as the engine does by default until the start-up check has found no REVOKE row
    configuration.setAuthorizationCheckRevokes(REVOKE_CHECKS_AUTO);

    configuration.setTaskService(new GuardedTasks());
    configuration.setFormService(new GuardedForms());
    configuration.setRuntimeService(new GuardedRuntime());
    configuration.setIdentityService(new GuardedIdentity());
    if (passwords.getIfAvailable() != null) {
      // the engine's own lock: never for good, and no delay (a delay refuses the right password too, to everyone)
      configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
      configuration.setLoginDelayBase(0);
    }
  }

  /**
   * After the engine is built: revoke checks off ({@code authorizationCheckRevokes=never}) when no REVOKE
   * authorization exists, which {@link FewGroupsAuthorizations} then keeps true (it refuses to store one);
   * with one already in the database (written before this check existed, or by SQL), the engine's default,
   * {@code auto}, and a warning.
   */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    long revokes = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE).count();
    if (revokes == 0) {
      configuration.setAuthorizationCheckRevokes(REVOKE_CHECKS_NEVER);
    } else {
      configuration.setAuthorizationCheckRevokes(REVOKE_CHECKS_AUTO);
      log.warn("{} REVOKE authorization(s) found: the engine checks revokes on every command (slower); "
          + "the application never creates them, delete them in Camunda Admin", revokes);
    }
  }

  static final String REVOKE_CHECKS_AUTO = "auto";
  static final String REVOKE_CHECKS_NEVER = "never";

  /** The engine's setting of revoke checks ({@code never} once the start-up check found no REVOKE authorization). */
  public static String revokeChecks(ProcessEngine engine) {
    return engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl impl
        ? impl.getAuthorizationCheckRevokes() : null;
  }

  /**
   * The engine's authorization manager, with two changes for an application with one group per unit:
   * <ul>
   * <li><b>Group pre-filter.</b> Before each check the engine narrows the caller's groups to those that
   * have any authorization, by reading every group id of {@code ACT_RU_AUTHORIZATION} once per command
   * ({@code selectAuthorizedGroupIds}: 10,004 rows with 10,000 units) and copying that set for each check
   * (half a completion's CPU in issue 17's profile). The narrowing only shortens the SQL's
   * {@code GROUP_ID_ in (…)} list: a group without an authorization matches no row, so the checks answer the
   * same with the caller's groups as they are. Up to {@link #FEW_GROUPS} groups (an officer has one or two,
   * a sector administrator four) they are used as they are; a caller with more (an LDAP user in hundreds
   * of groups, never this registry) gets the engine's filter.</li>
   * <li><b>No REVOKE authorization is ever stored</b> (inserted or updated, through the service, REST,
   * Admin or the engine itself): the application grants only ({@code security.AuthorizationSetup}), and
   * with no REVOKE row the engine may skip its revoke checks ({@code authorizationCheckRevokes=never},
   * 13 % of a completion's CPU), which {@link #postProcessEngineBuild} sets after checking the table.</li>
   * </ul>
   * Installed as the session factory of {@link AuthorizationManager}, the engine's extension point for its
   * managers ({@code customSessionFactories}).
   */
  static class FewGroupsAuthorizations extends AuthorizationManager {

    static final int FEW_GROUPS = 32;

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty() && authenticatedGroupIds.size() <= FEW_GROUPS) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(authenticatedGroupIds));
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }

    @Override
    public AuthorizationEntity findAuthorizationByGroupIdAndResourceId(int type, String groupId, Resource resource,
        String resourceId) {
      return isTaskOfThisCommand(resource, resourceId) ? null
          : super.findAuthorizationByGroupIdAndResourceId(type, groupId, resource, resourceId);
    }

    @Override
    public AuthorizationEntity findAuthorizationByUserIdAndResourceId(int type, String userId, Resource resource,
        String resourceId) {
      return isTaskOfThisCommand(resource, resourceId) ? null
          : super.findAuthorizationByUserIdAndResourceId(type, userId, resource, resourceId);
    }

    /**
     * Whether the resource is a task (or its history) that this command created and has not written yet: no stored
     * authorization can name it, its id being new, so the look-up the engine's authorization provider makes for each
     * candidate group of a new task (whether a grant to extend exists, once for the task and once for its history)
     * would find nothing. Grants made in this command are still in its cache, where the provider looks for them
     * itself. Two statements fewer for every task created (issue 17, step 4: a unit's start and a completion).
     */
    private boolean isTaskOfThisCommand(Resource resource, String resourceId) {
      if (resourceId == null || resource == null || (resource.resourceType() != Resources.TASK.resourceType()
          && resource.resourceType() != Resources.HISTORIC_TASK.resourceType())) {
        return false;
      }
      return EngineInternals.isTaskOfThisCommand(getDbEntityManager(), resourceId);
    }

    @Override
    public void insert(DbEntity authorization) {
      refuseRevoke(authorization);
      super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.update(authorization);
    }

    private static void refuseRevoke(DbEntity entity) {
      if (entity instanceof AuthorizationEntity authorization
          && authorization.getAuthorizationType() == org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE) {
        throw new BadUserRequestException("REVOKE authorizations are not used in this application: "
            + "remove the GRANT instead (the engine runs with revoke checks off, docs/security.md)");
      }
    }

    /** Opens {@link FewGroupsAuthorizations} wherever the engine asks for its {@link AuthorizationManager}. */
    static final class Factory implements SessionFactory {

      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new FewGroupsAuthorizations();
      }
    }
  }

  /** Whether the task was created by the running command and is not written yet (its id is new to the database). */
  private static boolean isTaskOfThisCommand(DbEntityManager entities, String taskId) {
    CachedDbEntity cached = taskId == null ? null : entities.getDbEntityCache().getCachedEntity(TaskEntity.class, taskId);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }

  /**
   * The engine's variable manager, except that a task created by the running command and not written yet has no
   * stored variables to read: the engine reads them from the database when the task's variables are first used
   * (the form's listener shows its values as task-local variables), and finds none, its id being new. One statement
   * fewer for every task created (issue 17, step 4: a unit's start in the fan-out's batch, a completion).
   * Installed as the session factory of {@link VariableInstanceManager}, like {@link FewGroupsAuthorizations}.
   */
  static class NewTaskVariables extends VariableInstanceManager {

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskId(String taskId) {
      return isTaskOfThisCommand(getDbEntityManager(), taskId) ? new ArrayList<>() : super.findVariableInstancesByTaskId(taskId);
    }

    @Override
    public List<VariableInstanceEntity> findVariableInstancesByTaskIdAndVariableNames(String taskId,
        Collection<String> variableNames) {
      return isTaskOfThisCommand(getDbEntityManager(), taskId) ? new ArrayList<>()
          : super.findVariableInstancesByTaskIdAndVariableNames(taskId, variableNames);
    }

    /** Opens {@link NewTaskVariables} wherever the engine asks for its {@link VariableInstanceManager}. */
    static final class Factory implements SessionFactory {

      @Override
      public Class<?> getSessionType() {
        return VariableInstanceManager.class;
      }

      @Override
      public Session openSession() {
        return new NewTaskVariables();
      }
    }
  }

  /** Whether the engine's job executor is running (acquiring and executing jobs) on this node. */
  public static boolean jobExecutorActive(ProcessEngine engine) {
    if (engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl impl) {
      JobExecutor executor = impl.getJobExecutor();
      return executor != null && executor.isActive();
    }
    return false;
  }

  /** Runs each call into the application's code inside the {@link EngineHooks.DelegateContext}s. */
  static final class WithContext implements DelegateInterceptor {

    private final DelegateInterceptor inner;
    private final List<EngineHooks.DelegateContext> contexts;

    WithContext(DelegateInterceptor inner, List<EngineHooks.DelegateContext> contexts) {
      this.inner = inner;
      this.contexts = List.copyOf(contexts);
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
      List<AutoCloseable> entered = new ArrayList<>(contexts.size());
      try {
        for (EngineHooks.DelegateContext context : contexts) {
          entered.add(context.enter(invocation.getContextExecution()));
        }
        inner.handleInvocation(invocation);
      } finally {
        for (int i = entered.size() - 1; i >= 0; i--) {
          entered.get(i).close();
        }
      }
    }
  }

  /** The engine's current time: its clock, which tests move. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /**
   * The tasks of a process instance, ordered by id as a task query without an order returns them. Inside a
   * command (a delegate, a listener) they are read with the engine's static statement by process
   * instance ({@code selectTasksByProcessInstanceId}), not with the task query's dynamic SQL, which
   * MyBatis builds again at every call (16 % of a reminder's CPU in issue 17's profile); the same rows, as
   * the task query finds them in a job (no user, so no authorization check). Outside a command, the query.
   */
  public static List<Task> tasksOf(String processInstanceId, TaskService tasks) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
    }
    List<Task> found = new ArrayList<>(command.getTaskManager().findTasksByProcessInstanceId(processInstanceId));
    found.sort(Comparator.comparing(Task::getId));
    return found;
  }

  /** The user the engine's identity service holds for this thread, if any. */
  public static Optional<Authenticated> currentAuthentication(IdentityService identity) {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? Optional.empty()
        : Optional.of(new Authenticated(authentication.getUserId(), authentication.getGroupIds(), authentication.getTenantIds()));
  }

  /**
   * A user's input refused: the engine's form-field validation exception, which the REST API (and so
   * Tasklist) answers with 400 and the message instead of 500. Extended by {@code form.FormValidationException}.
   */
  public abstract static class FormFieldRefusal extends FormFieldValidationException {

    protected FormFieldRefusal(Object detail, String message) {
      super(detail, message);
    }
  }

  /** Outermost, outside the command's transaction: shows every failure to the hooks, in their order. */
  static final class ShowFailures extends CommandInterceptor {

    private final List<EngineHooks.CommandFailure> hooks;

    ShowFailures(List<EngineHooks.CommandFailure> hooks) {
      this.hooks = List.copyOf(hooks);
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        RuntimeException shown = e;
        for (EngineHooks.CommandFailure hook : hooks) {
          shown = hook.onFailure(shown);
        }
        throw shown;
      } catch (Error e) {
        hooks.forEach(hook -> hook.onError(e));
        throw e;
      }
    }
  }

  /** Records a submitted form value in the history as the hook says. */
  static final class FormValueHistoryProducer extends CacheAwareHistoryEventProducer {

    private final Function<String, String> recorded;

    FormValueHistoryProducer(Function<String, String> recorded) {
      this.recorded = recorded;
    }

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
        String taskId) {
      return super.createFormPropertyUpdateEvt(execution, propertyId, recorded.apply(propertyValue), taskId);
    }
  }

  /** The logged-in user calling from outside the engine, if any. */
  Caller caller() {
    if (Context.getCommandContext() != null) {
      return null;
    }
    IdentityService identity = configuration.getIdentityService();
    Authenticated authentication = currentAuthentication(identity).orElse(null);
    if (authentication == null || authentication.userId() == null) {
      return null;
    }
    String userId = authentication.userId();
    List<String> groups = authentication.groupIds() != null ? authentication.groupIds()
        : WithoutCaller.lookup(identity, () -> identity.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).toList());
    List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
    List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
    boolean administrator = groups.contains(Groups.CAMUNDA_ADMIN) || groups.stream().anyMatch(adminGroups::contains)
        || adminUsers.contains(userId);
    return new Caller(userId, groups, administrator);
  }

  private void check(BiConsumer<ServiceRules, Caller> rule) {
    Caller caller = caller();
    if (caller != null) {
      rule.accept(rules.getObject(), caller);
    }
  }

  /** A completion from outside the engine runs through the completion hook; one nested in a command as it is. */
  private <T> T completing(String taskId, Supplier<T> attempt) {
    EngineHooks.TaskCompletion completion = Context.getCommandContext() == null ? completions.getIfAvailable() : null;
    return completion == null ? attempt.get() : completion.complete(taskId, attempt);
  }

  final class GuardedTasks extends TaskServiceImpl {

    @Override
    public void saveTask(Task task) {
      check((r, c) -> r.saving(c, task));
      super.saveTask(task);
    }

    @Override
    public void deleteTask(String taskId) {
      check((r, c) -> r.changingTaskRecords(c, "delete task " + taskId));
      super.deleteTask(taskId);
    }

    @Override
    public void deleteTasks(Collection<String> taskIds) {
      check((r, c) -> r.changingTaskRecords(c, "delete tasks"));
      super.deleteTasks(taskIds);
    }

    @Override
    public void deleteTask(String taskId, boolean cascade) {
      check((r, c) -> r.changingTaskRecords(c, "delete task " + taskId));
      super.deleteTask(taskId, cascade);
    }

    @Override
    public void deleteTasks(Collection<String> taskIds, boolean cascade) {
      check((r, c) -> r.changingTaskRecords(c, "delete tasks"));
      super.deleteTasks(taskIds, cascade);
    }

    @Override
    public void deleteTask(String taskId, String deleteReason) {
      check((r, c) -> r.changingTaskRecords(c, "delete task " + taskId));
      super.deleteTask(taskId, deleteReason);
    }

    @Override
    public void deleteTasks(Collection<String> taskIds, String deleteReason) {
      check((r, c) -> r.changingTaskRecords(c, "delete tasks"));
      super.deleteTasks(taskIds, deleteReason);
    }

    @Override
    public void setAssignee(String taskId, String userId) {
      check((r, c) -> r.holding(c, taskId, userId));
      super.setAssignee(taskId, userId);
    }

    @Override
    public void setOwner(String taskId, String userId) {
      check((r, c) -> r.holding(c, taskId, userId));
      super.setOwner(taskId, userId);
    }

    @Override
    public void addCandidateUser(String taskId, String userId) {
      check((r, c) -> r.holding(c, taskId, userId));
      super.addCandidateUser(taskId, userId);
    }

    @Override
    public void addCandidateGroup(String taskId, String groupId) {
      check((r, c) -> r.offering(c, taskId, groupId));
      super.addCandidateGroup(taskId, groupId);
    }

    @Override
    public void addUserIdentityLink(String taskId, String userId, String identityLinkType) {
      check((r, c) -> r.holding(c, taskId, userId));
      super.addUserIdentityLink(taskId, userId, identityLinkType);
    }

    @Override
    public void addGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
      check((r, c) -> r.offering(c, taskId, groupId));
      super.addGroupIdentityLink(taskId, groupId, identityLinkType);
    }

    @Override
    public void deleteCandidateGroup(String taskId, String groupId) {
      check((r, c) -> r.withdrawing(c, taskId, groupId));
      super.deleteCandidateGroup(taskId, groupId);
    }

    @Override
    public void deleteCandidateUser(String taskId, String userId) {
      super.deleteCandidateUser(taskId, userId);
    }

    @Override
    public void deleteGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
      check((r, c) -> r.withdrawing(c, taskId, groupId));
      super.deleteGroupIdentityLink(taskId, groupId, identityLinkType);
    }

    @Override
    public void deleteUserIdentityLink(String taskId, String userId, String identityLinkType) {
      super.deleteUserIdentityLink(taskId, userId, identityLinkType);
    }

    @Override
    public void claim(String taskId, String userId) {
      check((r, c) -> r.holding(c, taskId, userId));
      super.claim(taskId, userId);
    }

    @Override
    public void complete(String taskId) {
      super.complete(taskId);
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      check((r, c) -> r.completing(c, taskId, variables));
      completing(taskId, () -> {
        super.complete(taskId, variables);
        return null;
      });
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
      check((r, c) -> r.completing(c, taskId, variables));
      return completing(taskId, () -> super.completeWithVariablesInReturn(taskId, variables, deserializeValues));
    }

    @Override
    public void delegateTask(String taskId, String userId) {
      check((r, c) -> r.holding(c, taskId, userId));
      super.delegateTask(taskId, userId);
    }

    @Override
    public void resolveTask(String taskId) {
      super.resolveTask(taskId);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
      check((r, c) -> r.completing(c, taskId, variables));
      super.resolveTask(taskId, variables);
    }

    @Override
    public void setPriority(String taskId, int priority) {
      check((r, c) -> r.changingTask(c, taskId, "priority"));
      super.setPriority(taskId, priority);
    }

    @Override
    public void setName(String taskId, String name) {
      check((r, c) -> r.changingTask(c, taskId, "name"));
      super.setName(taskId, name);
    }

    @Override
    public void setDescription(String taskId, String description) {
      check((r, c) -> r.changingTask(c, taskId, "description"));
      super.setDescription(taskId, description);
    }

    @Override
    public void setDueDate(String taskId, Date dueDate) {
      check((r, c) -> r.changingTask(c, taskId, "due date"));
      super.setDueDate(taskId, dueDate);
    }

    @Override
    public void setFollowUpDate(String taskId, Date followUpDate) {
      super.setFollowUpDate(taskId, followUpDate);
    }

    @Override
    public void setVariable(String taskId, String variableName, Object value) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.setVariable(taskId, variableName, value);
    }

    @Override
    public void setVariableLocal(String taskId, String variableName, Object value) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.setVariableLocal(taskId, variableName, value);
    }

    @Override
    public void setVariables(String taskId, Map<String, ? extends Object> variables) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.setVariables(taskId, variables);
    }

    @Override
    public void setVariablesLocal(String taskId, Map<String, ? extends Object> variables) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.setVariablesLocal(taskId, variables);
    }

    @Override
    public void updateVariablesLocal(String taskId, Map<String, ? extends Object> modifications, Collection<String> deletions) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.updateVariablesLocal(taskId, modifications, deletions);
    }

    @Override
    public void updateVariables(String taskId, Map<String, ? extends Object> modifications, Collection<String> deletions) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.updateVariables(taskId, modifications, deletions);
    }

    @Override
    public void removeVariable(String taskId, String variableName) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.removeVariable(taskId, variableName);
    }

    @Override
    public void removeVariableLocal(String taskId, String variableName) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.removeVariableLocal(taskId, variableName);
    }

    @Override
    public void removeVariables(String taskId, Collection<String> variableNames) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.removeVariables(taskId, variableNames);
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
      check((r, c) -> r.writingTaskVariables(c, taskId));
      super.removeVariablesLocal(taskId, variableNames);
    }

    @Override
    public void addComment(String taskId, String processInstance, String message) {
      super.addComment(taskId, processInstance, message);
    }

    @Override
    public Comment createComment(String taskId, String processInstance, String message) {
      return super.createComment(taskId, processInstance, message);
    }

    @Override
    public void deleteTaskComment(String taskId, String commentId) {
      check((r, c) -> r.changingTaskRecords(c, "delete a comment of task " + taskId));
      super.deleteTaskComment(taskId, commentId);
    }

    @Override
    public void deleteProcessInstanceComment(String processInstanceId, String commentId) {
      check((r, c) -> r.changingTaskRecords(c, "delete a comment of process " + processInstanceId));
      super.deleteProcessInstanceComment(processInstanceId, commentId);
    }

    @Override
    public void deleteTaskComments(String taskId) {
      check((r, c) -> r.changingTaskRecords(c, "delete the comments of task " + taskId));
      super.deleteTaskComments(taskId);
    }

    @Override
    public void deleteProcessInstanceComments(String processInstanceId) {
      check((r, c) -> r.changingTaskRecords(c, "delete the comments of process " + processInstanceId));
      super.deleteProcessInstanceComments(processInstanceId);
    }

    @Override
    public void updateTaskComment(String taskId, String commentId, String message) {
      check((r, c) -> r.changingTaskRecords(c, "edit a comment of task " + taskId));
      super.updateTaskComment(taskId, commentId, message);
    }

    @Override
    public void updateProcessInstanceComment(String processInstanceId, String commentId, String message) {
      check((r, c) -> r.changingTaskRecords(c, "edit a comment of process " + processInstanceId));
      super.updateProcessInstanceComment(processInstanceId, commentId, message);
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
        String attachmentDescription, InputStream content) {
      check((r, c) -> r.changingTaskRecords(c, "attach a file"));
      return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, content);
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId, String attachmentName,
        String attachmentDescription, String url) {
      check((r, c) -> r.changingTaskRecords(c, "attach a link"));
      return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription, url);
    }

    @Override
    public void deleteAttachment(String attachmentId) {
      check((r, c) -> r.changingTaskRecords(c, "delete an attachment"));
      super.deleteAttachment(attachmentId);
    }

    @Override
    public void deleteTaskAttachment(String taskId, String attachmentId) {
      check((r, c) -> r.changingTaskRecords(c, "delete an attachment of task " + taskId));
      super.deleteTaskAttachment(taskId, attachmentId);
    }

    @Override
    public void saveAttachment(Attachment attachment) {
      check((r, c) -> r.changingTaskRecords(c, "change an attachment"));
      super.saveAttachment(attachment);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode) {
      check((r, c) -> r.throwingFromTask(c, taskId));
      super.handleBpmnError(taskId, errorCode);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
      check((r, c) -> r.throwingFromTask(c, taskId));
      super.handleBpmnError(taskId, errorCode, errorMessage);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
      check((r, c) -> r.throwingFromTask(c, taskId));
      super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode) {
      check((r, c) -> r.throwingFromTask(c, taskId));
      super.handleEscalation(taskId, escalationCode);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
      check((r, c) -> r.throwingFromTask(c, taskId));
      super.handleEscalation(taskId, escalationCode, variables);
    }
  }

  final class GuardedForms extends FormServiceImpl {

    /**
     * A task's form variables with the values its form shows ({@link EngineHooks.ShownFormValues}), which replace
     * variables of the same name; the names asked for, if any, chosen among them. The engine reads every variable
     * the task sees, checking that the caller may read the task, before the hook is asked.
     */
    @Override
    public VariableMap getTaskFormVariables(String taskId, Collection<String> formVariables, boolean deserializeObjectValues) {
      EngineHooks.ShownFormValues shown = shownFormValues == null ? null : shownFormValues.getIfAvailable();
      if (shown == null) {
        return super.getTaskFormVariables(taskId, formVariables, deserializeObjectValues);
      }
      VariableMap read = super.getTaskFormVariables(taskId, null, deserializeObjectValues);
      VariableMap values = Variables.createVariables();
      values.putAll(read);
      values.putAll(shown.shown(taskId, read));
      if (formVariables != null) {
        values.keySet().retainAll(formVariables);
      }
      return values;
    }

    @Override
    public ProcessInstance submitStartFormData(String processDefinitionId, Map<String, String> properties) {
      check((r, c) -> r.starting(c, null, processDefinitionId, properties, false));
      return super.submitStartFormData(processDefinitionId, properties);
    }

    @Override
    public ProcessInstance submitStartFormData(String processDefinitionId, String businessKey, Map<String, String> properties) {
      check((r, c) -> r.starting(c, null, processDefinitionId, properties, false));
      return super.submitStartFormData(processDefinitionId, businessKey, properties);
    }

    @Override
    public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
      check((r, c) -> r.starting(c, null, processDefinitionId, properties, false));
      return super.submitStartForm(processDefinitionId, properties);
    }

    @Override
    public ProcessInstance submitStartForm(String processDefinitionId, String businessKey, Map<String, Object> properties) {
      check((r, c) -> r.starting(c, null, processDefinitionId, properties, false));
      return super.submitStartForm(processDefinitionId, businessKey, properties);
    }

    @Override
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
      check((r, c) -> r.completing(c, taskId, properties));
      super.submitTaskFormData(taskId, properties);
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      check((r, c) -> r.completing(c, taskId, properties));
      completing(taskId, () -> {
        super.submitTaskForm(taskId, properties);
        return null;
      });
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties, boolean deserializeValues) {
      check((r, c) -> r.completing(c, taskId, properties));
      return completing(taskId, () -> super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues));
    }
  }

  final class GuardedRuntime extends RuntimeServiceImpl {

    private void administering(String what) {
      check((r, c) -> r.administering(c, what));
    }

    private void writingVariables(String executionId) {
      check((r, c) -> r.writingProcessVariables(c, "execution " + executionId));
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceById(String processDefinitionId) {
      return new GuardedInstantiation(super.createProcessInstanceById(processDefinitionId),
          (variables, elsewhere) -> check((r, c) -> r.starting(c, null, processDefinitionId, variables, elsewhere)));
    }

    @Override
    public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
      return new GuardedInstantiation(super.createProcessInstanceByKey(processDefinitionKey),
          (variables, elsewhere) -> check((r, c) -> r.starting(c, processDefinitionKey, null, variables, elsewhere)));
    }

    // startProcessInstanceByKey/ById: every overload runs through createProcessInstanceByKey/ById above

    @Override
    public ProcessInstance startProcessInstanceByKey(String processDefinitionKey) {
      return super.startProcessInstanceByKey(processDefinitionKey);
    }

    @Override
    public ProcessInstance startProcessInstanceByKey(String processDefinitionKey, String businessKey) {
      return super.startProcessInstanceByKey(processDefinitionKey, businessKey);
    }

    @Override
    public ProcessInstance startProcessInstanceByKey(String processDefinitionKey, String businessKey, String caseInstanceId) {
      return super.startProcessInstanceByKey(processDefinitionKey, businessKey, caseInstanceId);
    }

    @Override
    public ProcessInstance startProcessInstanceByKey(String processDefinitionKey, Map<String, Object> variables) {
      return super.startProcessInstanceByKey(processDefinitionKey, variables);
    }

    @Override
    public ProcessInstance startProcessInstanceByKey(String processDefinitionKey, String businessKey, Map<String, Object> variables) {
      return super.startProcessInstanceByKey(processDefinitionKey, businessKey, variables);
    }

    @Override
    public ProcessInstance startProcessInstanceByKey(String processDefinitionKey, String businessKey, String caseInstanceId,
        Map<String, Object> variables) {
      return super.startProcessInstanceByKey(processDefinitionKey, businessKey, caseInstanceId, variables);
    }

    @Override
    public ProcessInstance startProcessInstanceById(String processDefinitionId) {
      return super.startProcessInstanceById(processDefinitionId);
    }

    @Override
    public ProcessInstance startProcessInstanceById(String processDefinitionId, String businessKey) {
      return super.startProcessInstanceById(processDefinitionId, businessKey);
    }

    @Override
    public ProcessInstance startProcessInstanceById(String processDefinitionId, String businessKey, String caseInstanceId) {
      return super.startProcessInstanceById(processDefinitionId, businessKey, caseInstanceId);
    }

    @Override
    public ProcessInstance startProcessInstanceById(String processDefinitionId, Map<String, Object> variables) {
      return super.startProcessInstanceById(processDefinitionId, variables);
    }

    @Override
    public ProcessInstance startProcessInstanceById(String processDefinitionId, String businessKey, Map<String, Object> variables) {
      return super.startProcessInstanceById(processDefinitionId, businessKey, variables);
    }

    @Override
    public ProcessInstance startProcessInstanceById(String processDefinitionId, String businessKey, String caseInstanceId,
        Map<String, Object> variables) {
      return super.startProcessInstanceById(processDefinitionId, businessKey, caseInstanceId, variables);
    }

    @Override
    public void deleteProcessInstance(String processInstanceId, String deleteReason) {
      check((r, c) -> r.deleting(c, List.of(processInstanceId)));
      super.deleteProcessInstance(processInstanceId, deleteReason);
    }

    @Override
    public void deleteProcessInstance(String processInstanceId, String deleteReason, boolean skipCustomListeners) {
      check((r, c) -> r.deleting(c, List.of(processInstanceId)));
      super.deleteProcessInstance(processInstanceId, deleteReason, skipCustomListeners);
    }

    @Override
    public void deleteProcessInstance(String processInstanceId, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated) {
      check((r, c) -> r.deleting(c, List.of(processInstanceId)));
      super.deleteProcessInstance(processInstanceId, deleteReason, skipCustomListeners, externallyTerminated);
    }

    @Override
    public void deleteProcessInstance(String processInstanceId, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated, boolean skipIoMappings) {
      check((r, c) -> r.deleting(c, List.of(processInstanceId)));
      super.deleteProcessInstance(processInstanceId, deleteReason, skipCustomListeners, externallyTerminated, skipIoMappings);
    }

    @Override
    public void deleteProcessInstance(String processInstanceId, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated, boolean skipIoMappings, boolean skipSubprocesses) {
      check((r, c) -> r.deleting(c, List.of(processInstanceId)));
      super.deleteProcessInstance(processInstanceId, deleteReason, skipCustomListeners, externallyTerminated, skipIoMappings,
          skipSubprocesses);
    }

    @Override
    public void deleteProcessInstanceIfExists(String processInstanceId, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated, boolean skipIoMappings, boolean skipSubprocesses) {
      check((r, c) -> r.deleting(c, List.of(processInstanceId)));
      super.deleteProcessInstanceIfExists(processInstanceId, deleteReason, skipCustomListeners, externallyTerminated,
          skipIoMappings, skipSubprocesses);
    }

    @Override
    public void deleteProcessInstances(List<String> processInstanceIds, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated) {
      check((r, c) -> r.deleting(c, processInstanceIds));
      super.deleteProcessInstances(processInstanceIds, deleteReason, skipCustomListeners, externallyTerminated);
    }

    @Override
    public void deleteProcessInstances(List<String> processInstanceIds, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated, boolean skipSubprocesses) {
      check((r, c) -> r.deleting(c, processInstanceIds));
      super.deleteProcessInstances(processInstanceIds, deleteReason, skipCustomListeners, externallyTerminated, skipSubprocesses);
    }

    @Override
    public void deleteProcessInstances(List<String> processInstanceIds, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated, boolean skipSubprocesses, boolean skipIoMappings) {
      check((r, c) -> r.deleting(c, processInstanceIds));
      super.deleteProcessInstances(processInstanceIds, deleteReason, skipCustomListeners, externallyTerminated, skipSubprocesses,
          skipIoMappings);
    }

    @Override
    public void deleteProcessInstancesIfExists(List<String> processInstanceIds, String deleteReason, boolean skipCustomListeners,
        boolean externallyTerminated, boolean skipSubprocesses) {
      check((r, c) -> r.deleting(c, processInstanceIds));
      super.deleteProcessInstancesIfExists(processInstanceIds, deleteReason, skipCustomListeners, externallyTerminated,
          skipSubprocesses);
    }

    @Override
    public Batch deleteProcessInstancesAsync(List<String> processInstanceIds, ProcessInstanceQuery processInstanceQuery,
        String deleteReason) {
      return deleteAsync(processInstanceIds, processInstanceQuery, null,
          () -> super.deleteProcessInstancesAsync(processInstanceIds, processInstanceQuery, deleteReason));
    }

    @Override
    public Batch deleteProcessInstancesAsync(List<String> processInstanceIds, String deleteReason) {
      return deleteAsync(processInstanceIds, null, null, () -> super.deleteProcessInstancesAsync(processInstanceIds, deleteReason));
    }

    @Override
    public Batch deleteProcessInstancesAsync(ProcessInstanceQuery processInstanceQuery, String deleteReason) {
      return deleteAsync(null, processInstanceQuery, null, () -> super.deleteProcessInstancesAsync(processInstanceQuery, deleteReason));
    }

    @Override
    public Batch deleteProcessInstancesAsync(List<String> processInstanceIds, ProcessInstanceQuery processInstanceQuery,
        String deleteReason, boolean skipCustomListeners) {
      return deleteAsync(processInstanceIds, processInstanceQuery, null, () -> super.deleteProcessInstancesAsync(processInstanceIds,
          processInstanceQuery, deleteReason, skipCustomListeners));
    }

    @Override
    public Batch deleteProcessInstancesAsync(List<String> processInstanceIds, ProcessInstanceQuery processInstanceQuery,
        String deleteReason, boolean skipCustomListeners, boolean skipSubprocesses) {
      return deleteAsync(processInstanceIds, processInstanceQuery, null, () -> super.deleteProcessInstancesAsync(processInstanceIds,
          processInstanceQuery, deleteReason, skipCustomListeners, skipSubprocesses));
    }

    @Override
    public Batch deleteProcessInstancesAsync(List<String> processInstanceIds, ProcessInstanceQuery processInstanceQuery,
        HistoricProcessInstanceQuery historicProcessInstanceQuery, String deleteReason, boolean skipCustomListeners,
        boolean skipSubprocesses) {
      return deleteAsync(processInstanceIds, processInstanceQuery, historicProcessInstanceQuery,
          () -> super.deleteProcessInstancesAsync(processInstanceIds, processInstanceQuery, historicProcessInstanceQuery,
              deleteReason, skipCustomListeners, skipSubprocesses));
    }

    @Override
    public Batch deleteProcessInstancesAsync(List<String> processInstanceIds, ProcessInstanceQuery processInstanceQuery,
        HistoricProcessInstanceQuery historicProcessInstanceQuery, String deleteReason, boolean skipCustomListeners,
        boolean skipSubprocesses, boolean skipIoMappings) {
      return deleteAsync(processInstanceIds, processInstanceQuery, historicProcessInstanceQuery,
          () -> super.deleteProcessInstancesAsync(processInstanceIds, processInstanceQuery, historicProcessInstanceQuery,
              deleteReason, skipCustomListeners, skipSubprocesses, skipIoMappings));
    }

    private Batch deleteAsync(List<String> ids, ProcessInstanceQuery query, HistoricProcessInstanceQuery historicQuery,
        Supplier<Batch> delete) {
      check((r, c) -> {
        if (query != null || historicQuery != null) {
          r.deletingByQuery(c);
        }
        r.deleting(c, ids == null ? List.of() : ids);
      });
      return delete.get();
    }

    @Override
    public void setVariable(String executionId, String variableName, Object value) {
      writingVariables(executionId);
      super.setVariable(executionId, variableName, value);
    }

    @Override
    public void setVariableLocal(String executionId, String variableName, Object value) {
      writingVariables(executionId);
      super.setVariableLocal(executionId, variableName, value);
    }

    @Override
    public void setVariables(String executionId, Map<String, ? extends Object> variables) {
      writingVariables(executionId);
      super.setVariables(executionId, variables);
    }

    @Override
    public void setVariablesLocal(String executionId, Map<String, ? extends Object> variables) {
      writingVariables(executionId);
      super.setVariablesLocal(executionId, variables);
    }

    @Override
    public Batch setVariablesAsync(List<String> processInstanceIds, ProcessInstanceQuery processInstanceQuery,
        HistoricProcessInstanceQuery historicProcessInstanceQuery, Map<String, ?> variables) {
      writingVariables("batch");
      return super.setVariablesAsync(processInstanceIds, processInstanceQuery, historicProcessInstanceQuery, variables);
    }

    @Override
    public Batch setVariablesAsync(List<String> processInstanceIds, Map<String, ?> variables) {
      writingVariables("batch");
      return super.setVariablesAsync(processInstanceIds, variables);
    }

    @Override
    public Batch setVariablesAsync(ProcessInstanceQuery processInstanceQuery, Map<String, ?> variables) {
      writingVariables("batch");
      return super.setVariablesAsync(processInstanceQuery, variables);
    }

    @Override
    public Batch setVariablesAsync(HistoricProcessInstanceQuery historicProcessInstanceQuery, Map<String, ?> variables) {
      writingVariables("batch");
      return super.setVariablesAsync(historicProcessInstanceQuery, variables);
    }

    @Override
    public void removeVariable(String executionId, String variableName) {
      writingVariables(executionId);
      super.removeVariable(executionId, variableName);
    }

    @Override
    public void removeVariableLocal(String executionId, String variableName) {
      writingVariables(executionId);
      super.removeVariableLocal(executionId, variableName);
    }

    @Override
    public void removeVariables(String executionId, Collection<String> variableNames) {
      writingVariables(executionId);
      super.removeVariables(executionId, variableNames);
    }

    @Override
    public void removeVariablesLocal(String executionId, Collection<String> variableNames) {
      writingVariables(executionId);
      super.removeVariablesLocal(executionId, variableNames);
    }

    @Override
    public void updateVariables(String executionId, Map<String, ? extends Object> modifications, Collection<String> deletions) {
      writingVariables(executionId);
      super.updateVariables(executionId, modifications, deletions);
    }

    @Override
    public void updateVariablesLocal(String executionId, Map<String, ? extends Object> modifications, Collection<String> deletions) {
      writingVariables(executionId);
      super.updateVariablesLocal(executionId, modifications, deletions);
    }

    @Override
    public void signal(String executionId) {
      administering("signal execution " + executionId);
      super.signal(executionId);
    }

    @Override
    public void signal(String executionId, String signalName, Object signalData, Map<String, Object> processVariables) {
      administering("signal execution " + executionId);
      super.signal(executionId, signalName, signalData, processVariables);
    }

    @Override
    public void signal(String executionId, Map<String, Object> processVariables) {
      administering("signal execution " + executionId);
      super.signal(executionId, processVariables);
    }

    @Override
    public void suspendProcessInstanceById(String processInstanceId) {
      administering("suspend process " + processInstanceId);
      super.suspendProcessInstanceById(processInstanceId);
    }

    @Override
    public void suspendProcessInstanceByProcessDefinitionId(String processDefinitionId) {
      administering("suspend processes of " + processDefinitionId);
      super.suspendProcessInstanceByProcessDefinitionId(processDefinitionId);
    }

    @Override
    public void suspendProcessInstanceByProcessDefinitionKey(String processDefinitionKey) {
      administering("suspend processes of " + processDefinitionKey);
      super.suspendProcessInstanceByProcessDefinitionKey(processDefinitionKey);
    }

    @Override
    public void activateProcessInstanceById(String processInstanceId) {
      administering("activate process " + processInstanceId);
      super.activateProcessInstanceById(processInstanceId);
    }

    @Override
    public void activateProcessInstanceByProcessDefinitionId(String processDefinitionId) {
      administering("activate processes of " + processDefinitionId);
      super.activateProcessInstanceByProcessDefinitionId(processDefinitionId);
    }

    @Override
    public void activateProcessInstanceByProcessDefinitionKey(String processDefinitionKey) {
      administering("activate processes of " + processDefinitionKey);
      super.activateProcessInstanceByProcessDefinitionKey(processDefinitionKey);
    }

    @Override
    public UpdateProcessInstanceSuspensionStateSelectBuilder updateProcessInstanceSuspensionState() {
      administering("change the suspension of processes");
      return super.updateProcessInstanceSuspensionState();
    }

    @Override
    public ProcessInstance startProcessInstanceByMessage(String messageName) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessage(messageName);
    }

    @Override
    public ProcessInstance startProcessInstanceByMessage(String messageName, String businessKey) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessage(messageName, businessKey);
    }

    @Override
    public ProcessInstance startProcessInstanceByMessage(String messageName, Map<String, Object> processVariables) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessage(messageName, processVariables);
    }

    @Override
    public ProcessInstance startProcessInstanceByMessage(String messageName, String businessKey, Map<String, Object> processVariables) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessage(messageName, businessKey, processVariables);
    }

    @Override
    public ProcessInstance startProcessInstanceByMessageAndProcessDefinitionId(String messageName, String processDefinitionId) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessageAndProcessDefinitionId(messageName, processDefinitionId);
    }

    @Override
    public ProcessInstance startProcessInstanceByMessageAndProcessDefinitionId(String messageName, String processDefinitionId,
        String businessKey) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessageAndProcessDefinitionId(messageName, processDefinitionId, businessKey);
    }

    @Override
    public ProcessInstance startProcessInstanceByMessageAndProcessDefinitionId(String messageName, String processDefinitionId,
        Map<String, Object> processVariables) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessageAndProcessDefinitionId(messageName, processDefinitionId, processVariables);
    }

    @Override
    public ProcessInstance startProcessInstanceByMessageAndProcessDefinitionId(String messageName, String processDefinitionId,
        String businessKey, Map<String, Object> processVariables) {
      administering("start a process by message " + messageName);
      return super.startProcessInstanceByMessageAndProcessDefinitionId(messageName, processDefinitionId, businessKey,
          processVariables);
    }

    @Override
    public void signalEventReceived(String signalName) {
      administering("send signal " + signalName);
      super.signalEventReceived(signalName);
    }

    @Override
    public void signalEventReceived(String signalName, Map<String, Object> processVariables) {
      administering("send signal " + signalName);
      super.signalEventReceived(signalName, processVariables);
    }

    @Override
    public void signalEventReceived(String signalName, String executionId) {
      administering("send signal " + signalName);
      super.signalEventReceived(signalName, executionId);
    }

    @Override
    public void signalEventReceived(String signalName, String executionId, Map<String, Object> processVariables) {
      administering("send signal " + signalName);
      super.signalEventReceived(signalName, executionId, processVariables);
    }

    @Override
    public SignalEventReceivedBuilder createSignalEvent(String signalName) {
      administering("send signal " + signalName);
      return super.createSignalEvent(signalName);
    }

    @Override
    public void messageEventReceived(String messageName, String executionId) {
      administering("send message " + messageName);
      super.messageEventReceived(messageName, executionId);
    }

    @Override
    public void messageEventReceived(String messageName, String executionId, Map<String, Object> processVariables) {
      administering("send message " + messageName);
      super.messageEventReceived(messageName, executionId, processVariables);
    }

    @Override
    public MessageCorrelationBuilder createMessageCorrelation(String messageName) {
      administering("correlate message " + messageName);
      return super.createMessageCorrelation(messageName);
    }

    @Override
    public void correlateMessage(String messageName, Map<String, Object> correlationKeys, Map<String, Object> processVariables) {
      administering("correlate message " + messageName);
      super.correlateMessage(messageName, correlationKeys, processVariables);
    }

    @Override
    public void correlateMessage(String messageName, String businessKey, Map<String, Object> correlationKeys,
        Map<String, Object> processVariables) {
      administering("correlate message " + messageName);
      super.correlateMessage(messageName, businessKey, correlationKeys, processVariables);
    }

    @Override
    public void correlateMessage(String messageName) {
      administering("correlate message " + messageName);
      super.correlateMessage(messageName);
    }

    @Override
    public void correlateMessage(String messageName, String businessKey) {
      administering("correlate message " + messageName);
      super.correlateMessage(messageName, businessKey);
    }

    @Override
    public void correlateMessage(String messageName, Map<String, Object> correlationKeys) {
      administering("correlate message " + messageName);
      super.correlateMessage(messageName, correlationKeys);
    }

    @Override
    public void correlateMessage(String messageName, String businessKey, Map<String, Object> processVariables) {
      administering("correlate message " + messageName);
      super.correlateMessage(messageName, businessKey, processVariables);
    }

    @Override
    public MessageCorrelationAsyncBuilder createMessageCorrelationAsync(String messageName) {
      administering("correlate message " + messageName);
      return super.createMessageCorrelationAsync(messageName);
    }

    @Override
    public ProcessInstanceModificationBuilder createProcessInstanceModification(String processInstanceId) {
      administering("modify process " + processInstanceId);
      return super.createProcessInstanceModification(processInstanceId);
    }

    @Override
    public MigrationPlanBuilder createMigrationPlan(String sourceProcessDefinitionId, String targetProcessDefinitionId) {
      administering("plan a migration");
      return super.createMigrationPlan(sourceProcessDefinitionId, targetProcessDefinitionId);
    }

    @Override
    public MigrationPlanExecutionBuilder newMigration(MigrationPlan migrationPlan) {
      administering("migrate processes");
      return super.newMigration(migrationPlan);
    }

    @Override
    public ModificationBuilder createModification(String processDefinitionId) {
      administering("modify processes of " + processDefinitionId);
      return super.createModification(processDefinitionId);
    }

    @Override
    public RestartProcessInstanceBuilder restartProcessInstances(String processDefinitionId) {
      administering("restart processes of " + processDefinitionId);
      return super.restartProcessInstances(processDefinitionId);
    }

    @Override
    public Incident createIncident(String incidentType, String executionId, String configuration) {
      administering("create an incident");
      return super.createIncident(incidentType, executionId, configuration);
    }

    @Override
    public Incident createIncident(String incidentType, String executionId, String configuration, String message) {
      administering("create an incident");
      return super.createIncident(incidentType, executionId, configuration, message);
    }

    @Override
    public void resolveIncident(String incidentId) {
      administering("resolve incident " + incidentId);
      super.resolveIncident(incidentId);
    }

    @Override
    public void setAnnotationForIncidentById(String incidentId, String annotation) {
      administering("annotate incident " + incidentId);
      super.setAnnotationForIncidentById(incidentId, annotation);
    }

    @Override
    public void clearAnnotationForIncidentById(String incidentId) {
      administering("annotate incident " + incidentId);
      super.clearAnnotationForIncidentById(incidentId);
    }

    @Override
    public ConditionEvaluationBuilder createConditionEvaluation() {
      administering("evaluate start conditions");
      return super.createConditionEvaluation();
    }
  }

  final class GuardedIdentity extends IdentityServiceImpl {

    @Override
    public boolean checkPassword(String userId, String password) {
      check((r, c) -> r.checkingPassword(c, userId));
      EngineHooks.PasswordCheck throttle = passwords.getIfAvailable();
      return throttle == null ? super.checkPassword(userId, password)
          : throttle.check(userId, () -> super.checkPassword(userId, password));
    }
  }

  /** The services' methods that change nothing (the engine's authorizations decide who reads what). */
  static boolean isRead(String methodName) {
    return methodName.startsWith("get") || methodName.startsWith("create") && methodName.endsWith("Query")
        || Set.of("newTask", "createTaskReport", "isReadOnly", "checkPasswordAgainstPolicy").contains(methodName);
  }
}
