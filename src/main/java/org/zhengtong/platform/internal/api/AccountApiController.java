package org.zhengtong.platform.internal.api;

import static org.zhengtong.platform.internal.api.OpenApiConfiguration.BAD_REQUEST;
import static org.zhengtong.platform.internal.api.OpenApiConfiguration.CONFLICT;
import static org.zhengtong.platform.internal.api.OpenApiConfiguration.NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.internal.account.AccountForm;

@RestController
@RequestMapping(path = "/api/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "账号", description = "登录账号。系统管理员管理全部账号（单位管理员账号只能由系统管理员开设）；单位管理员只能读取和管理本单位的普通账号，"
        + "对其他单位账号的任何请求都返回 403。其他用户无权访问。"
        + "三员分立：系统管理员、安全管理员、审计管理员的账号谁都不能通过接口重置、启用、停用或解锁（403），只能在服务器上用命令恢复。")
class AccountApiController {

    private final AccountApiService accounts;
    private final RequestTransactions requests;

    AccountApiController(AccountApiService accounts, RequestTransactions requests) {
        this.accounts = accounts;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "账号列表", description = "本人数据范围内的账号：系统管理员为全部账号，单位管理员为本单位账号。"
            + "指定 unitId 时只列该单位的账号，该单位须在数据范围内。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    List<AccountResponse> listAccounts(@Parameter(description = "只列此单位的账号") @RequestParam(required = false) Long unitId) {
        return accounts.accounts(unitId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看账号")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    AccountResponse getAccount(@Parameter(description = "账号编号") @PathVariable Long id) {
        return accounts.account(id);
    }

    @PostMapping
    @Operation(summary = "开设账号", description = "为一名尚无账号的人员开设账号，响应中含初始密码（仅此一次），首次登录须修改。"
            + "unitAdmin 为 true（开设单位管理员账号）仅限系统管理员。以同一 Idempotency-Key 重发时返回同一账号和新的初始密码"
            + "（前一个作废）；账号已改用自己的密码时返回 409。")
    @ApiResponse(responseCode = "201", description = "已开设；Location 为新账号的地址")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<InitialPasswordResponse> createAccount(@Valid @RequestBody AccountForm form,
                                                          @RequestKey String key) {
        // a retry is answered with a new initial password: the first one is stored only as a hash
        AtomicReference<InitialPasswordResponse> created = new AtomicReference<>();
        InitialPasswordResponse issued = requests.createOnce(AccountForm.REQUEST_KIND, key, () -> {
            created.set(accounts.create(form));
            return created.get().accountId();
        }, id -> created.get() != null ? created.get() : accounts.reissueInitialPassword(id));
        return ResponseEntity.created(ApiLocations.of("/api/v1/accounts/{id}", issued.accountId()))
                .cacheControl(CacheControl.noStore())
                .body(issued);
    }

    @PostMapping("/{id}/password-reset")
    @Operation(summary = "重置密码", description = "生成新的初始密码（仅此一次显示）并解除锁定；账号下次登录须修改密码。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    ResponseEntity<InitialPasswordResponse> resetAccountPassword(@Parameter(description = "账号编号") @PathVariable Long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(accounts.resetPassword(id));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "启用账号")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    AccountResponse enableAccount(@Parameter(description = "账号编号") @PathVariable Long id) {
        return accounts.setEnabled(id, true);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "停用账号")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    AccountResponse disableAccount(@Parameter(description = "账号编号") @PathVariable Long id) {
        return accounts.setEnabled(id, false);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "解除锁定", description = "清除连续登录失败计数和临时锁定。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    AccountResponse unlockAccount(@Parameter(description = "账号编号") @PathVariable Long id) {
        return accounts.unlock(id);
    }
}
