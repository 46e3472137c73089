package org.zhengtong.books.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.books.internal.BookForm;
import org.zhengtong.books.internal.BooksService;
import org.zhengtong.books.internal.CopyForm;
import org.zhengtong.books.internal.LendForm;
import org.zhengtong.books.internal.LendingService;
import org.zhengtong.books.internal.Views;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/books", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "图书资料", description = "本单位的图书室：目录（图书、期刊、光盘等资料；ISBN-10/ISBN-13 校验位错误的 400）、复本（编号、"
        + "架位）、借阅（图书管理员 BOOKS_MANAGE 借出给本单位人员，到期日为借出日加借期 zhengtong.books.loan-days；可续借一次；"
        + "归还）。同一复本不能同时借出两次（数据库唯一约束，同时借出只有一个成功）。到期前和逾期提醒。读者看自己的借阅，图书管理员"
        + "看本单位全部、逾期清单和每本书、每位读者的借阅历史。其他单位 403。")
class BooksApiController {

    private final BooksService books;
    private final LendingService lending;
    private final RequestTransactions requests;

    BooksApiController(BooksService books, LendingService lending, RequestTransactions requests) {
        this.books = books;
        this.lending = lending;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "目录", description = "本单位的图书资料，含复本数和在馆数。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.BookView> catalogue() {
        return books.catalogue();
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看图书资料")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.BookView book(@Parameter(description = "编号（id）") @PathVariable long id) {
        return books.book(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记图书资料", description = "图书管理员。ISBN 可填 10 位或 13 位（可带连字符），校验位须正确。带 "
            + "Idempotency-Key 请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Views.BookView> addBook(@Valid @RequestBody BookForm form, @RequestKey String key) {
        return requests.createOnce(BookForm.REQUEST_KIND, key, () -> books.addBook(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/books/{id}").buildAndExpand(id).toUri()).body(books.book(id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改图书资料", description = "本单位图书管理员。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.BookView updateBook(@PathVariable long id, @Valid @RequestBody BookForm form) {
        return requests.act(() -> books.updateBook(id, form), () -> books.book(id));
    }

    @GetMapping("/{id}/copies")
    @Operation(summary = "复本", description = "编号、架位，借出的附到期日（借阅人仅图书管理员和借阅人本人可见）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<Views.CopyView> copies(@PathVariable long id) {
        return books.copies(id);
    }

    @PostMapping(path = "/{id}/copies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记复本", description = "图书管理员；编号在本单位唯一。")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<List<Views.CopyView>> addCopy(@PathVariable long id, @Valid @RequestBody CopyForm form,
                                                 @RequestKey String key) {
        return requests.createOnce(CopyForm.REQUEST_KIND, key, () -> books.addCopy(id, form),
                copyId -> ResponseEntity.status(201).body(books.copies(id)));
    }

    @PostMapping("/copies/{copyId}/withdraw")
    @Operation(summary = "注销复本", description = "图书管理员；借出中的复本不能注销（409）。注销后不再列出，也不能借出。")
    @ApiResponse(responseCode = "204", description = "已注销")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Void> withdraw(@PathVariable long copyId) {
        return requests.act(() -> books.withdrawCopy(copyId), () -> ResponseEntity.noContent().build());
    }

    @PostMapping(path = "/copies/{copyId}/loans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "借出", description = "图书管理员把本单位的复本借给本单位人员（reader，用户名）。已借出的复本 409。")
    @ApiResponse(responseCode = "201", description = "已借出")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Views.LoanView> lend(@PathVariable long copyId, @Valid @RequestBody LendForm form,
                                        @RequestKey String key) {
        return requests.createOnce(LendForm.REQUEST_KIND, key, () -> lending.lend(copyId, form),
                id -> ResponseEntity.status(201).body(lending.loan(id)));
    }

    @PostMapping("/loans/{id}/renew")
    @Operation(summary = "续借", description = "图书管理员；每次借阅只能续借一次，逾期不能续借。")
    @ApiResponse(responseCode = "200", description = "已续借")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Views.LoanView renew(@PathVariable long id) {
        return requests.act(() -> lending.renew(id), () -> lending.loan(id));
    }

    @PostMapping("/loans/{id}/return")
    @Operation(summary = "归还", description = "图书管理员。")
    @ApiResponse(responseCode = "200", description = "已归还")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Views.LoanView giveBack(@PathVariable long id) {
        return requests.act(() -> lending.giveBack(id), () -> lending.loan(id));
    }

    @GetMapping("/loans/{id}")
    @Operation(summary = "查看借阅", description = "借阅人本人或图书管理员。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.LoanView loan(@PathVariable long id) {
        return lending.loan(id);
    }

    @GetMapping("/loans/mine")
    @Operation(summary = "我的借阅", description = "当前用户在本单位的借阅，含已归还的。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.LoanView> mine() {
        return lending.mine();
    }

    @GetMapping("/loans/open")
    @Operation(summary = "在借", description = "图书管理员：本单位未归还的借阅，按到期日。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<Views.LoanView> open() {
        return lending.open();
    }

    @GetMapping("/loans/overdue")
    @Operation(summary = "逾期清单", description = "图书管理员：本单位已过到期日未归还的借阅。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<Views.LoanView> overdue() {
        return lending.overdue();
    }

    @GetMapping("/{id}/loans")
    @Operation(summary = "图书借阅历史", description = "图书管理员：该资料各复本的全部借阅。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<Views.LoanView> bookHistory(@PathVariable long id) {
        return lending.bookHistory(id);
    }

    @GetMapping("/readers/{username}/loans")
    @Operation(summary = "读者借阅历史", description = "读者本人或图书管理员：该读者在本单位的全部借阅。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<Views.LoanView> readerHistory(@PathVariable String username) {
        return lending.readerHistory(username);
    }
}
