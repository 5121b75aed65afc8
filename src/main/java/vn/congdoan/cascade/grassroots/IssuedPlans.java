package vn.congdoan.cascade.grassroots;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congdoan.cascade.grassroots.UnitContext.IssuedPlan;

/**
 * The issued plan of each directive whose units are at work, as their forms show it ({@link UnitContext}):
 * read once per directive instead of twice for every unit's task. At most {@link #MAX_DIRECTIVES}
 * directives are kept, the least recently used dropped first.
 *
 * <p>Never stale: an entry is kept only after the transaction that read it has committed, and only if no
 * change to a plan, a directive or an issued document was seen since it was read; such a change
 * ({@link IssuedPlanChanges}) drops the directive's entry when it is flushed and again when its
 * transaction ends, so a reader that saw the old rows cannot put them back. An issued plan and its
 * document do not change any more (the plan's number and date are its document's), so in a cluster, where
 * another node's change is not seen here, there is nothing to miss; the names of the unit and the sector,
 * which the registry can change, are not kept.
 */
@Component
class IssuedPlans {

  /** A province runs a handful of directives at a time; the Confederation a few dozen. */
  static final int MAX_DIRECTIVES = 256;

  private final Map<Long, IssuedPlan> plans = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, IssuedPlan> eldest) {
      return size() > MAX_DIRECTIVES;
    }
  };

  /** Counts the changes seen: a value read before a change is not kept after it. */
  private long generation;

  synchronized IssuedPlan get(Long directiveId) {
    return plans.get(directiveId);
  }

  synchronized long generation() {
    return generation;
  }

  /**
   * Keeps the plan once the current transaction has committed (a value read from rows that are rolled
   * back is never kept), unless a change was seen since {@code readAt} ({@link #generation()}).
   */
  void keepAfterCommit(Long directiveId, IssuedPlan plan, long readAt) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        keep(directiveId, plan, readAt);
      }
    });
  }

  synchronized void keep(Long directiveId, IssuedPlan plan, long readAt) {
    if (generation == readAt) {
      plans.put(directiveId, plan);
    }
  }

  /** A plan, directive or document of the directive changed. */
  synchronized void forget(Long directiveId) {
    generation++;
    plans.remove(directiveId);
  }

  synchronized int size() {
    return plans.size();
  }
}
