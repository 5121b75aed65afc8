package vn.congdoan.cascade.organisation;

import java.util.List;

/**
 * Published after the registry has been mirrored into Camunda's users and groups, at start-up and on
 * an administrator's request; authorizations and Tasklist filters follow it.
 *
 * @param grassrootsGroups the group of every active grassroots union
 * @param sectorGroups the office, chair and administrator groups of every active unit with children
 * @param sectorOfficeGroups the office groups among them (they follow their CĐCS' open tasks)
 * @param directiveOfficeGroups the office groups that register directives and pass them down: every active unit
 *     with children, at any level
 * @param officers the usernames of every active officer
 */
public record OrganisationSynchronised(List<String> grassrootsGroups, List<String> sectorGroups,
    List<String> sectorOfficeGroups, List<String> directiveOfficeGroups, List<String> officers) {}
