package org.zhengtong.meeting.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessAccess;

/**
 * Who may see the objects of the module's processes and be handed their tasks: a meeting, its 纪要 and its 议定事项
 * through {@link MeetingService#readable} (and a handler's clearance must cover the meeting's 密级); a booking
 * through its room.
 */
@Configuration(proxyBeanMethods = false)
class MeetingAccess {

    @Bean
    BusinessAccess meetingBusinessAccess(@Lazy MeetingService meetings, @Lazy MeetingRepository repository,
                                         OrgDirectory directory) {
        return new MeetingKeyAccess("meeting", meetings, repository, directory) {
            @Override
            long meetingId(String businessKey) {
                return MeetingProcesses.idOf(businessKey);
            }
        };
    }

    @Bean
    BusinessAccess meetingMinutesBusinessAccess(@Lazy MeetingService meetings, @Lazy MeetingRepository repository,
                                                OrgDirectory directory) {
        return new MeetingKeyAccess(MeetingProcesses.MINUTES, meetings, repository, directory) {
            @Override
            long meetingId(String businessKey) {
                return MeetingProcesses.idOf(businessKey);
            }
        };
    }

    @Bean
    BusinessAccess meetingDecisionBusinessAccess(@Lazy MeetingService meetings, @Lazy MeetingRepository repository,
                                                 @Lazy DecisionRepository decisions, OrgDirectory directory) {
        return new MeetingKeyAccess(MeetingProcesses.DECISION, meetings, repository, directory) {
            @Override
            long meetingId(String businessKey) {
                long id = MeetingProcesses.idOf(businessKey);
                return decisions.findById(id).map(Decision::getMeetingId)
                        .orElseThrow(() -> new org.zhengtong.platform.NotFoundException("meetingDecision", id));
            }

            @Override
            public String link(String businessKey) {
                return "/meetings/decisions/" + MeetingProcesses.idOf(businessKey);
            }
        };
    }

    @Bean
    BusinessAccess meetingBookingBusinessAccess(@Lazy BookingService bookings) {
        return new BusinessAccess() {
            @Override
            public String module() {
                return MeetingProcesses.BOOKING;
            }

            @Override
            public void requireRead(String businessKey) {
                bookings.visible(MeetingProcesses.idOf(businessKey));
            }

            @Override
            public void requireAssignable(String businessKey, String username) {
                // anyone who may see the room may decide on its bookings when handed the task
            }

            @Override
            public boolean assignable(String businessKey, String username) {
                return true;
            }

            @Override
            public String link(String businessKey) {
                return "/meetings/bookings/" + MeetingProcesses.idOf(businessKey);
            }
        };
    }

    abstract static class MeetingKeyAccess implements BusinessAccess {

        private final String module;
        private final MeetingService meetings;
        private final MeetingRepository repository;
        private final OrgDirectory directory;

        MeetingKeyAccess(String module, MeetingService meetings, MeetingRepository repository, OrgDirectory directory) {
            this.module = module;
            this.meetings = meetings;
            this.repository = repository;
            this.directory = directory;
        }

        abstract long meetingId(String businessKey);

        @Override
        public String module() {
            return module;
        }

        @Override
        public void requireRead(String businessKey) {
            meetings.readable(meetingId(businessKey));
        }

        @Override
        public void requireAssignable(String businessKey, String username) {
            if (!assignable(businessKey, username)) {
                throw new BusinessRuleException("meeting.error.assigneeClearance");
            }
        }

        @Override
        public boolean assignable(String businessKey, String username) {
            Meeting meeting = repository.findById(meetingId(businessKey)).orElse(null);
            return meeting != null && directory.person(username)
                    .map(p -> meeting.getClassification().readableWith(p.clearance())).orElse(false);
        }

        @Override
        public String link(String businessKey) {
            return "/meetings/" + meetingId(businessKey);
        }
    }
}
