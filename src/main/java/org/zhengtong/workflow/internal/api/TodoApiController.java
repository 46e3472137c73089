package org.zhengtong.workflow.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.internal.TodoWindow;

/** The to-do window's tabs for API clients: the same rows, in the same order, as {@code /todo} shows. */
@RestController
@RequestMapping(path = "/api/v1/todo", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "待办", description = "本人的待办、已办、我发起的和传阅件，与控制台的待办窗口相同。每项用 taskId 调用“任务办理”接口 "
        + "（/api/v1/tasks/{taskId}/…）办理；公文的待办也可用 businessKey 中的编号调用“公文”接口。")
class TodoApiController {

    private final TodoWindow window;
    private final CurrentUsers currentUsers;

    TodoApiController(TodoWindow window, CurrentUsers currentUsers) {
        this.window = window;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @Operation(summary = "待办", description = "本人待办理的任务（含代办、加签和待签收的任务，不含传阅件），超期的和紧急的在前，再按期限排列。")
    List<TodoItemResponse> todo() {
        return items(TodoWindow.Tab.PENDING);
    }

    @GetMapping("/circulation")
    @Operation(summary = "传阅件", description = "请本人阅知的传阅件，排序同待办。")
    List<TodoItemResponse> circulation() {
        return items(TodoWindow.Tab.CIRCULATION);
    }

    @GetMapping("/done")
    @Operation(summary = "已办", description = "本人办理完毕的步骤，最近的在前，最多 200 条。")
    List<TodoItemResponse> done() {
        return items(TodoWindow.Tab.DONE);
    }

    @GetMapping("/started")
    @Operation(summary = "我发起的", description = "本人发起的流程（办理中的和已结束的），最近的在前，最多 200 条；step 为当前所在步骤。")
    List<TodoItemResponse> started() {
        return items(TodoWindow.Tab.STARTED);
    }

    private List<TodoItemResponse> items(TodoWindow.Tab tab) {
        return window.items(tab, currentUsers.current().username()).stream().map(TodoItemResponse::of).toList();
    }
}
