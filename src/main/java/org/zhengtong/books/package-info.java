/**
 * 图书资料: a unit's library — the catalogue of books and other materials (journals, CDs …) with verified ISBNs, the
 * copies with their numbers and shelf places, loans to the unit's staff by the librarian with due dates, one renewal,
 * returns, reminders before the due date and when overdue, the overdue list and each book's and reader's history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "图书资料")
package org.zhengtong.books;
