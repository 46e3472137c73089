package org.zhengtong.petition.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * The kit asks here before acting on a case's tasks (and its extension's): the user must be able to open the case
 * ({@link PetitionAccess}); a task is handed (转交, 加签, reassignment) only within the unit of its current handler or
 * the case's own unit, and never to the unit the petition complains about.
 */
@Configuration(proxyBeanMethods = false)
class PetitionBusinessAccess {

    @Bean
    BusinessAccess petitionCaseAccess(@Lazy PetitionService petitions, @Lazy PetitionRepository repository,
                                      @Lazy AssignmentRepository assignments, CurrentUsers currentUsers,
                                      OrgDirectory directory) {
        return new CaseAccess("petition", petitions, repository, assignments, currentUsers, directory) {
            @Override
            long caseId(String businessKey) {
                return petitions.byKey(businessKey).getId();
            }
        };
    }

    @Bean
    BusinessAccess petitionExtensionAccess(@Lazy PetitionService petitions, @Lazy PetitionRepository repository,
                                           @Lazy AssignmentRepository assignments, CurrentUsers currentUsers,
                                           OrgDirectory directory) {
        return new CaseAccess(PetitionService.EXTENSION, petitions, repository, assignments, currentUsers, directory) {
            @Override
            long caseId(String businessKey) {
                return PetitionProcesses.extensionCase(businessKey);
            }
        };
    }

    private abstract static class CaseAccess implements BusinessAccess {

        private final String module;
        private final PetitionService petitions;
        private final PetitionRepository repository;
        private final AssignmentRepository assignments;
        private final CurrentUsers currentUsers;
        private final OrgDirectory directory;

        CaseAccess(String module, PetitionService petitions, PetitionRepository repository,
                   AssignmentRepository assignments, CurrentUsers currentUsers, OrgDirectory directory) {
            this.module = module;
            this.petitions = petitions;
            this.repository = repository;
            this.assignments = assignments;
            this.currentUsers = currentUsers;
            this.directory = directory;
        }

        abstract long caseId(String businessKey);

        @Override
        public String module() {
            return module;
        }

        @Override
        @Transactional(readOnly = true)
        public void requireRead(String businessKey) {
            petitions.readable(caseId(businessKey), currentUsers.current());
        }

        @Override
        public void requireAssignable(String businessKey, String username) {
            if (!assignable(businessKey, username)) {
                throw new BusinessRuleException("petition.error.assignee");
            }
        }

        @Override
        @Transactional(readOnly = true)
        public boolean assignable(String businessKey, String username) {
            Petition petition = repository.findById(caseId(businessKey)).orElse(null);
            Long unit = directory.person(username).map(OrgDirectory.PersonRef::unitId).orElse(null);
            if (petition == null || unit == null || petition.getComplainedUnitIds().contains(unit)) {
                return false;
            }
            return unit == petition.getUnitId() || assignments.findByCaseIdOrderByIdAsc(petition.getId()).stream()
                    .anyMatch(a -> a.getUnitId() == unit);
        }

        @Override
        public String link(String businessKey) {
            return "/petitions/" + caseId(businessKey);
        }
    }
}
