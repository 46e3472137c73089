package org.zhengtong.meeting.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/** 会议管理's permission: managing a unit's meeting rooms (besides its 办公室主任 and 机要秘书, who always may). */
@Configuration(proxyBeanMethods = false)
class MeetingPermissions {

    static final String ROOM_MANAGE = "MEETING_ROOM_MANAGE";

    @Bean
    ModulePermissions meetingModulePermissions() {
        return new ModulePermissions("meeting", List.of(ROOM_MANAGE));
    }
}
