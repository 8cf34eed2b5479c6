package org.gridloop.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gridloop.DomainException;
import org.gridloop.DomainException.FieldProblem;
import org.gridloop.identity.AccountReferences;
import org.gridloop.identity.Post;
import org.gridloop.identity.internal.AccountManagement.AccountForm;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a file of accounts (.xlsx or CSV) into an {@link AccountSheet}. The header names the
 * columns in Chinese or English ({@code 用户名/username}, {@code 姓名/displayName},
 * {@code 手机/phone}, {@code 岗位/posts}, {@code 所属部门/departmentCode},
 * {@code 所属街道/subdistrictCodes}, {@code 初始密码/password}); posts, departments and
 * subdistricts may be given by code or by name, several separated by 、 , ; or |.
 */
@Component
public class AccountSheetReader {

    /** At most this many accounts in one file. */
    static final int MAX_ROWS = 5_000;

    private enum Column {
        USERNAME("用户名", "username", "账号", "帐号"),
        DISPLAY_NAME("姓名", "displayname", "name"),
        PHONE("手机", "phone", "手机号", "电话"),
        POSTS("岗位", "posts", "post"),
        DEPARTMENT("所属部门", "departmentcode", "department", "部门"),
        SUBDISTRICTS("所属街道", "subdistrictcodes", "subdistricts", "街道"),
        PASSWORD("初始密码", "password", "密码");

        private final List<String> headers;

        Column(String... headers) {
            this.headers = List.of(headers);
        }

        static Optional<Column> named(String header) {
            String normalized = header.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
            return Arrays.stream(values()).filter(column -> column.headers.contains(normalized)).findFirst();
        }
    }

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；|]");

    private final MessageSource messages;
    private final AccountReferences references;

    AccountSheetReader(MessageSource messages, AccountReferences references) {
        this.messages = messages;
        this.references = references;
    }

    /** @throws DomainException naming {@code file} when the bytes are neither a workbook nor text */
    public AccountSheet read(byte[] file) {
        List<Spreadsheet.Line> lines;
        try {
            lines = Spreadsheet.read(file).stream().filter(line -> !line.blank()).toList();
        } catch (IllegalArgumentException unreadable) {
            throw DomainException.invalidField("file", "identity.import.unreadable",
                    "not an .xlsx workbook or CSV text in UTF-8 or GB18030");
        }
        if (lines.isEmpty()) {
            return new AccountSheet(List.of(), List.of());
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<Column, Integer> columns = columns(lines.get(0).cells(), problems);
        if (lines.size() - 1 > MAX_ROWS) {
            problems.add(new FieldProblem("rows", "identity.import.too-many", "at most 5000 accounts in one file"));
        }
        if (!problems.isEmpty()) {
            return new AccountSheet(List.of(), problems);
        }
        Names names = new Names();
        List<AccountSheet.Row> rows = new ArrayList<>();
        for (Spreadsheet.Line line : lines.subList(1, lines.size())) {
            rows.add(new AccountSheet.Row(line.number(), new AccountForm(
                    cell(line, columns, Column.USERNAME), cell(line, columns, Column.DISPLAY_NAME),
                    cell(line, columns, Column.PHONE), cell(line, columns, Column.PASSWORD),
                    list(cell(line, columns, Column.POSTS)).stream().map(names::post).toList(),
                    names.department(cell(line, columns, Column.DEPARTMENT)),
                    list(cell(line, columns, Column.SUBDISTRICTS)).stream().map(names::subdistrict).toList(),
                    null)));
        }
        return new AccountSheet(rows, List.of());
    }

    private static Map<Column, Integer> columns(List<String> header, List<FieldProblem> problems) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            Optional<Column> column = Column.named(name);
            if (column.isEmpty()) {
                problems.add(new FieldProblem("columns." + name, "identity.import.column.unknown",
                        "unknown column; the columns are 用户名 姓名 手机 岗位 所属部门 所属街道 初始密码"));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(new FieldProblem("columns." + name, "identity.import.column.twice", "the column is there twice"));
            }
        }
        for (Column required : List.of(Column.USERNAME, Column.DISPLAY_NAME, Column.POSTS)) {
            if (!columns.containsKey(required)) {
                problems.add(new FieldProblem("columns." + required.headers.get(0), "identity.import.column.missing",
                        "the column is missing"));
            }
        }
        return columns;
    }

    private static String cell(Spreadsheet.Line line, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= line.cells().size() ? "" : line.cells().get(index);
    }

    private static List<String> list(String cell) {
        return Arrays.stream(SEPARATORS.split(cell)).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** Posts, departments and subdistricts by name, in Chinese or English, to their codes. */
    private final class Names {

        private final Map<String, String> posts = new HashMap<>();
        private final Map<String, String> departments = new HashMap<>();
        private final Map<String, String> subdistricts = new HashMap<>();

        Names() {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                for (Post post : Post.values()) {
                    posts.put(key(messages.getMessage("post." + post.name(), null, post.name(), locale)), post.name());
                }
                references.departmentNames(locale).forEach((code, name) -> departments.put(key(name), code));
            }
            references.subdistrictNames().forEach((code, name) -> subdistricts.put(key(name), code));
        }

        String post(String value) {
            return posts.getOrDefault(key(value), value);
        }

        String department(String value) {
            return value.isBlank() || references.isDepartment(value) ? value : departments.getOrDefault(key(value), value);
        }

        String subdistrict(String value) {
            return references.isSubdistrict(value) ? value : subdistricts.getOrDefault(key(value), value);
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }
}
