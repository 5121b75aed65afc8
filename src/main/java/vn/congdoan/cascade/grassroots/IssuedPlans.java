package vn.congdoan.cascade.grassroots;

import java.util.HashMap;
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

  /**
   * The transaction's own reads ({@link #keepAfterCommit}), bound to it as a resource: a batch of the fan-out
   * starts hundreds of units in one transaction, and before it commits the shared map has nothing for them.
   */
  private final Object readInTransaction = new Object();

  /**
   * The directive's issued plan: as kept, or as this transaction already read it (not if a change was seen
   * since, {@link #forget}).
   */
  IssuedPlan get(Long directiveId) {
    IssuedPlan kept;
    long now;
    synchronized (this) {
      kept = plans.get(directiveId);
      now = generation;
    }
    if (kept != null || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return kept;
    }
    @SuppressWarnings("unchecked")
    Map<Long, Read> reads = (Map<Long, Read>) TransactionSynchronizationManager.getResource(readInTransaction);
    Read read = reads == null ? null : reads.get(directiveId);
    return read != null && read.generation() == now ? read.plan() : null;
  }

  synchronized long generation() {
    return generation;
  }

  /**
   * Keeps the plan once the current transaction has committed (a value read from rows that are rolled
   * back is never kept), unless a change was seen since {@code readAt} ({@link #generation()}); until then,
   * for the rest of this transaction only.
   */
  void keepAfterCommit(Long directiveId, IssuedPlan plan, long readAt) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    transactionReads().put(directiveId, new Read(plan, readAt));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        keep(directiveId, plan, readAt);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private Map<Long, Read> transactionReads() {
    Map<Long, Read> reads = (Map<Long, Read>) TransactionSynchronizationManager.getResource(readInTransaction);
    if (reads == null) {
      Map<Long, Read> bound = new HashMap<>();
      TransactionSynchronizationManager.bindResource(readInTransaction, bound);
      // the reads belong to this transaction only: not to one it suspends for a while (REQUIRES_NEW)
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(readInTransaction);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(readInTransaction, bound);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(readInTransaction);
        }
      });
      reads = bound;
    }
    return reads;
  }

  /** A plan read in a transaction, and the changes seen when it was read. */
  private record Read(IssuedPlan plan, long generation) {}

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
