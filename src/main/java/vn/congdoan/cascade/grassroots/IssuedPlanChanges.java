package vn.congdoan.cascade.grassroots;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.directive.Directive;
import vn.congdoan.cascade.directive.ImplementingPlan;
import vn.congdoan.cascade.document.IssuedDocument;

/**
 * Drops a directive's entry from {@link IssuedPlans} whenever its plan, the directive itself or one of
 * its issued documents is written through JPA: when the change is flushed, and again after its
 * transaction commits. Hibernate's own event listeners (its public extension point), so that no code that
 * writes these entities has to remember the cache.
 */
@Component
class IssuedPlanChanges implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
    PostCommitDeleteEventListener {

  private final EntityManagerFactory entityManagerFactory;
  private final IssuedPlans plans;

  public IssuedPlanChanges(EntityManagerFactory entityManagerFactory, IssuedPlans plans) {
    this.entityManagerFactory = entityManagerFactory;
    this.plans = plans;
  }

  @PostConstruct
  void register() {
    EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
        .getServiceRegistry().requireService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_INSERT, this);
    registry.appendListeners(EventType.POST_UPDATE, this);
    registry.appendListeners(EventType.POST_DELETE, this);
    registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
    registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
    registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
  }

  private void changed(Object entity) {
    if (entity instanceof ImplementingPlan plan) {
      plans.forget(plan.getDirective().getId());
    } else if (entity instanceof IssuedDocument document) {
      plans.forget(document.getDirectiveId());
    } else if (entity instanceof Directive directive) {
      plans.forget(directive.getId());
    }
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    Class<?> type = persister.getMappedClass();
    return type == ImplementingPlan.class || type == IssuedDocument.class || type == Directive.class;
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    changed(event.getEntity());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    changed(event.getEntity());
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    changed(event.getEntity());
  }

  @Override
  public void onPostInsertCommitFailed(PostInsertEvent event) {
    changed(event.getEntity());
  }

  @Override
  public void onPostUpdateCommitFailed(PostUpdateEvent event) {
    changed(event.getEntity());
  }

  @Override
  public void onPostDeleteCommitFailed(PostDeleteEvent event) {
    changed(event.getEntity());
  }
}
