package org.zhengtong.books.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.books.internal.BookForm;
import org.zhengtong.books.internal.BooksService;
import org.zhengtong.books.internal.CopyForm;
import org.zhengtong.books.internal.LendForm;
import org.zhengtong.books.internal.LendingService;
import org.zhengtong.books.internal.Material;
import org.zhengtong.books.internal.Views;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * 图书资料 ({@code /books}): the unit's catalogue for everyone of it (the librarians add records), a record's page with
 * its copies (the librarians add copies, lend, take back and see its history), and the loans: one's own, and for the
 * librarians the open and overdue ones and a reader's history. Refusals show the page again: 400 for invalid input,
 * 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/books")
class BooksController {

    private final BooksService books;
    private final LendingService lending;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final Clock clock;

    BooksController(BooksService books, LendingService lending, RequestTransactions requests, Refusals refusals,
                    Clock clock) {
        this.books = books;
        this.lending = lending;
        this.requests = requests;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping
    String catalogue(Model model) {
        return catalogue(model, new BookForm(null, null, null, null, null, null, Material.BOOK, null));
    }

    @PostMapping
    String addBook(@Valid @ModelAttribute("form") BookForm form, BindingResult result, @RequestKey String key,
                   Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (!books.mayManage()) {
            throw new AccessDeniedException("no librarian");
        }
        if (result.hasErrors()) {
            refusals.invalid(response);
            return catalogue(model, form);
        }
        long id;
        try {
            id = requests.createOnce(BookForm.REQUEST_KIND, key, () -> books.addBook(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return catalogue(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("books.book.saved", locale));
        return "redirect:/books/" + id;
    }

    @GetMapping("/{id}")
    String book(@PathVariable long id, Model model) {
        return book(id, model, new CopyForm(null, null, LocalDate.now(clock)), new LendForm(null));
    }

    @PostMapping("/{id}/copies")
    String addCopy(@PathVariable long id, @Valid @ModelAttribute("copy") CopyForm form, BindingResult result,
                   @RequestKey String key, Model model, HttpServletResponse response, RedirectAttributes redirect,
                   Locale locale) {
        books.book(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return book(id, model, form, new LendForm(null));
        }
        try {
            requests.createOnce(CopyForm.REQUEST_KIND, key, () -> books.addCopy(id, form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return book(id, model, form, new LendForm(null));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("books.copy.saved", locale));
        return "redirect:/books/" + id;
    }

    /** Saves the record's description (the librarian of its unit; another unit's: 403); a refusal shows the page. */
    @PostMapping("/{id}/edit")
    String updateBook(@PathVariable long id, @Valid @ModelAttribute("form") BookForm form, BindingResult result,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        books.book(id);
        if (!books.mayManage()) {
            throw new AccessDeniedException("no librarian");
        }
        model.addAttribute("editing", true);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return book(id, model, new CopyForm(null, null, LocalDate.now(clock)), new LendForm(null));
        }
        try {
            requests.act(() -> books.updateBook(id, form), () -> null);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return book(id, model, new CopyForm(null, null, LocalDate.now(clock)), new LendForm(null));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("books.book.updated", locale));
        return "redirect:/books/" + id;
    }

    /** 注销 a copy; refused (409, in Chinese) while it is lent. */
    @PostMapping("/{id}/copies/{copyId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long copyId, RedirectAttributes redirect, Locale locale) {
        books.book(id);
        requests.act(() -> books.withdrawCopy(copyId), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("books.copy.withdrawn", locale));
        return "redirect:/books/" + id;
    }

    @PostMapping("/{id}/copies/{copyId}/loans")
    String lend(@PathVariable long id, @PathVariable long copyId, @Valid @ModelAttribute("lend") LendForm form,
                BindingResult result, @RequestKey String key, Model model, HttpServletResponse response,
                RedirectAttributes redirect, Locale locale) {
        books.book(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return book(id, model, new CopyForm(null, null, LocalDate.now(clock)), form);
        }
        try {
            requests.createOnce(LendForm.REQUEST_KIND, key, () -> lending.lend(copyId, form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return book(id, model, new CopyForm(null, null, LocalDate.now(clock)), form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("books.lent", locale));
        return "redirect:/books/" + id;
    }

    @PostMapping("/loans/{loanId}/return")
    String giveBack(@PathVariable long loanId, @RequestParam(required = false) String back,
                    RedirectAttributes redirect, Locale locale) {
        Views.LoanView loan = lending.loan(loanId);
        requests.act(() -> lending.giveBack(loanId), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("books.returned", locale));
        return "redirect:" + ("loans".equals(back) ? "/books/loans" : "/books/" + loan.bookId());
    }

    @PostMapping("/loans/{loanId}/renew")
    String renew(@PathVariable long loanId, RedirectAttributes redirect, Locale locale) {
        requests.act(() -> lending.renew(loanId), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("books.renewed", locale));
        return "redirect:/books/loans";
    }

    @GetMapping("/loans")
    String loans(@RequestParam(required = false) String reader, Model model) {
        model.addAttribute("mine", lending.mine());
        boolean librarian = books.mayManage();
        model.addAttribute("librarian", librarian);
        if (librarian) {
            model.addAttribute("open", lending.open());
            model.addAttribute("overdue", lending.overdue());
            model.addAttribute("readers", books.readers());
        }
        if (reader != null && !reader.isBlank()) {
            model.addAttribute("reader", reader);
            model.addAttribute("readerHistory", lending.readerHistory(reader));
        }
        return "books/loans";
    }

    private String catalogue(Model model, BookForm form) {
        model.addAttribute("books", books.catalogue());
        model.addAttribute("mayManage", books.mayManage());
        model.addAttribute("materials", Material.values());
        model.addAttribute("form", form);
        return "books/catalogue";
    }

    private String book(long id, Model model, CopyForm copy, LendForm lend) {
        Views.BookView book = books.book(id);
        model.addAttribute("book", book);
        model.addAttribute("copies", books.copies(id));
        boolean librarian = books.mayManage();
        model.addAttribute("mayManage", librarian);
        model.addAttribute("copy", copy);
        model.addAttribute("lend", lend);
        if (librarian) {
            model.addAttribute("history", lending.bookHistory(id));
            model.addAttribute("readers", books.readers());
            model.addAttribute("materials", Material.values());
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", new BookForm(book.title(), book.authors(), book.publisher(), book.year(),
                        book.isbn(), book.category(), book.material(), book.remarks()));
            }
        }
        return "books/book";
    }
}
