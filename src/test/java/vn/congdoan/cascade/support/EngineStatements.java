package vn.congdoan.cascade.support;

import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Counts the SQL statements the engine runs, by MyBatis statement name ({@code selectAuthorizedGroupIds},
 * {@code insertUser}, …), on every thread (REST calls run on the server's): a MyBatis interceptor in the
 * engine's own MyBatis configuration, which applies to every session the engine opens afterwards.
 * {@link #start()} clears the counts; {@link #counts()} reads them.
 */
public final class EngineStatements {

  private static final Set<Configuration> INSTALLED = Collections.newSetFromMap(new WeakHashMap<>());

  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private volatile boolean recording;

  private EngineStatements() {
  }

  /** A counter on this engine's statements (one per engine and test; stays installed, counting only while started). */
  public static EngineStatements of(ProcessEngine engine) {
    Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration();
    EngineStatements statements = new EngineStatements();
    synchronized (INSTALLED) {
      mybatis.addInterceptor(new Counting(statements));
      INSTALLED.add(mybatis);
    }
    return statements;
  }

  public EngineStatements start() {
    counts.clear();
    recording = true;
    return this;
  }

  public Map<String, Long> stop() {
    recording = false;
    return counts();
  }

  /** Statement name (without the mapper's namespace) → how often it ran since {@link #start()}. */
  public Map<String, Long> counts() {
    Map<String, Long> copy = new TreeMap<>();
    counts.forEach((name, count) -> copy.put(name, count.get()));
    return copy;
  }

  public long total() {
    return counts.values().stream().mapToLong(AtomicLong::get).sum();
  }

  public long count(String statement) {
    AtomicLong count = counts.get(statement);
    return count == null ? 0 : count.get();
  }

  /** Statements whose name starts with one of these (e.g. "insert", "update", "delete"). */
  public long countStartingWith(String... prefixes) {
    long total = 0;
    for (Map.Entry<String, AtomicLong> entry : counts.entrySet()) {
      for (String prefix : prefixes) {
        if (entry.getKey().startsWith(prefix)) {
          total += entry.getValue().get();
          break;
        }
      }
    }
    return total;
  }

  @Intercepts({
      @Signature(type = Executor.class, method = "query", args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
      @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
  static final class Counting implements Interceptor {

    private final EngineStatements statements;

    Counting(EngineStatements statements) {
      this.statements = statements;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      if (statements.recording) {
        String id = ((MappedStatement) invocation.getArgs()[0]).getId();
        String name = id.substring(id.lastIndexOf('.') + 1);
        statements.counts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
      }
      return invocation.proceed();
    }

    @Override
    public Object plugin(Object target) {
      return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    @Override
    public void setProperties(Properties properties) {
    }
  }
}
