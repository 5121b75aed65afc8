package vn.congdoan.cascade.directive;

import java.time.LocalDate;
import vn.congdoan.cascade.organisation.OrganisationUnit;

/**
 * The higher body's directive as the start form submitted it, checked ({@link DirectiveRegistration#check}):
 * the receiving sector, the document's number, dates, issuer and subject, the deadline of the
 * grassroots unions, and the reminder days ({@code 7,3,1,0}; null for the default ones).
 */
record DirectiveSubmission(OrganisationUnit sector, String number, LocalDate issuedOn, String issuer, String subject,
    LocalDate deadline, String reminderDays) {}
