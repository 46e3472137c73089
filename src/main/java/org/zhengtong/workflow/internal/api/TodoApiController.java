package org.zhengtong.workflow.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.internal.TodoFilter;
import org.zhengtong.workflow.internal.TodoRebuild;
import org.zhengtong.workflow.internal.TodoWindow;

/**
 * The to-do window's tabs for API clients: the same rows, in the same order and with the same filters, as
 * {@code /todo} shows, a page at a time; {@code X-Total-Count} gives the tab's size after the filters.
 */
@RestController
@RequestMapping(path = "/api/v1/todo", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "待办", description = "本人的待办、已办、我发起的和传阅件，与控制台的待办窗口相同，分页（默认每页 20 条，page 从 0 起），"
        + "可按文种、紧急程度、单位、办理期限和是否超期筛选；响应头 X-Total-Count 为筛选后的总条数。每项用 taskId 调用“任务办理”接口"
        + "（/api/v1/tasks/{taskId}/…）办理；公文的待办也可用 businessKey 中的编号调用“公文”接口。")
class TodoApiController {

    private static final String TOTAL = "X-Total-Count";

    private final TodoWindow window;
    private final TodoRebuild rebuild;
    private final CurrentUsers currentUsers;

    TodoApiController(TodoWindow window, TodoRebuild rebuild, CurrentUsers currentUsers) {
        this.window = window;
        this.rebuild = rebuild;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    @Operation(summary = "待办", description = "本人待办理的任务（含代办、加签和待签收的任务，不含传阅件），超期的和紧急的在前，再按期限排列。")
    @ApiResponse(responseCode = "200", description = "一页", headers = @Header(name = TOTAL, description = "筛选后的总条数"))
    ResponseEntity<List<TodoItemResponse>> todo(@ParameterObject TodoFilter filter, @ParameterObject Paging paging) {
        return items(TodoWindow.Tab.PENDING, filter, paging);
    }

    @GetMapping("/circulation")
    @Operation(summary = "传阅件", description = "请本人阅知的传阅件，排序同待办。")
    @ApiResponse(responseCode = "200", description = "一页", headers = @Header(name = TOTAL, description = "筛选后的总条数"))
    ResponseEntity<List<TodoItemResponse>> circulation(@ParameterObject TodoFilter filter,
                                                       @ParameterObject Paging paging) {
        return items(TodoWindow.Tab.CIRCULATION, filter, paging);
    }

    @GetMapping("/done")
    @Operation(summary = "已办", description = "本人办理完毕的步骤，最近的在前，最多 200 条。")
    @ApiResponse(responseCode = "200", description = "一页", headers = @Header(name = TOTAL, description = "筛选后的总条数"))
    ResponseEntity<List<TodoItemResponse>> done(@ParameterObject TodoFilter filter, @ParameterObject Paging paging) {
        return items(TodoWindow.Tab.DONE, filter, paging);
    }

    @GetMapping("/started")
    @Operation(summary = "我发起的", description = "本人发起的流程（办理中的和已结束的），最近的在前，最多 200 条；step 为当前所在步骤。")
    @ApiResponse(responseCode = "200", description = "一页", headers = @Header(name = TOTAL, description = "筛选后的总条数"))
    ResponseEntity<List<TodoItemResponse>> started(@ParameterObject TodoFilter filter, @ParameterObject Paging paging) {
        return items(TodoWindow.Tab.STARTED, filter, paging);
    }

    @PostMapping("/rebuild")
    @Operation(summary = "重建待办表（流程管理员）", description = "从流程引擎重新生成全部待办、已办和我发起的记录，用于数据迁移或修复；"
            + "可在系统运行时执行。")
    @ApiResponse(responseCode = "200", description = "已重建：流程数、待办条数、删除的已不存在流程数")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    TodoRebuild.Rebuilt rebuild() {
        return rebuild.rebuild();
    }

    private ResponseEntity<List<TodoItemResponse>> items(TodoWindow.Tab tab, TodoFilter filter, Paging paging) {
        String username = currentUsers.current().username();
        TodoFilter effective = filter != null ? filter : TodoFilter.NONE;
        return ResponseEntity.ok().header(TOTAL, String.valueOf(window.size(tab, username, effective)))
                .body(window.items(tab, username, effective, paging.number(), paging.rows()).stream()
                        .map(TodoItemResponse::of).toList());
    }

    /** Which page: out-of-range values are brought into range rather than refused. */
    record Paging(@Parameter(description = "页码，从 0 起") Integer page,
                  @Parameter(description = "每页条数，默认 20，最多 200") Integer size) {

        int number() {
            return page == null ? 0 : Math.max(page, 0);
        }

        int rows() {
            return size == null ? TodoWindow.PAGE_SIZE : Math.min(Math.max(size, 1), TodoWindow.MAX_PAGE_SIZE);
        }
    }
}
