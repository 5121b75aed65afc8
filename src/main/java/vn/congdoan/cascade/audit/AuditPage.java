package vn.congdoan.cascade.audit;

import java.util.List;

/**
 * A page of a directive's audit trail, oldest first.
 *
 * @param title the directive (or its implementing plan) as officers cite it
 * @param complete whether the caller sees the whole trail (the sector) or only their own unit's entries
 * @param total entries the caller may see, over all pages
 */
record AuditPage(long directiveId, String title, boolean complete, int total, int page, int size, List<AuditEntry> entries) {}
