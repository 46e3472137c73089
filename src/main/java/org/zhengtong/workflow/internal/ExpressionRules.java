package org.zhengtong.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The expressions a process may contain: a variable ({@code ${leader}}), a simple comparison of variables and
 * literals, possibly combined with and/or/not ({@code ${countersigners.size() > 0 && urgency == 'URGENT'}}), or a
 * call of an {@link Assignees} method with variables and literals as arguments
 * ({@code ${assignees.position(initiator, 'OFFICE_DIRECTOR')}}). Nothing else reaches the expression language:
 * no other method, property, function, bean or implicit object.
 */
final class ExpressionRules {

    /** Engine objects an expression could otherwise reach. */
    private static final Set<String> RESERVED = Set.of("execution", "task", "variableContainer", "planItemInstance",
            "caseInstance", "authenticatedUserId", "assignees", "empty", "div", "mod", "instanceof",
            "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true", "false", "null");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=", "eq", "ne", "lt", "gt",
            "le", "ge");
    private static final Set<String> COLLECTION_METHODS = Set.of("size", "isEmpty");

    private final Set<String> assigneeMethods;

    ExpressionRules(Set<String> assigneeMethods) {
        this.assigneeMethods = assigneeMethods;
    }

    /** Whether the expression language would evaluate anything in a text that is meant to be literal. */
    static boolean containsExpression(String text) {
        return !expressionsIn(text).isEmpty();
    }

    /** The expressions ({@code ${…}} or {@code #{…}}) in a text, whole, or the rest of the text when one is unclosed. */
    static List<String> expressionsIn(String text) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    found.add(text.substring(i));
                    return found;
                }
                found.add(text.substring(i, end + 1));
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int closingBrace(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** Whether an expression as found by {@link #expressionsIn} is one of the allowed forms. */
    boolean allowed(String expression) {
        if (expression.length() < 3 || !expression.endsWith("}")) {
            return false;
        }
        List<String> tokens = tokens(expression.substring(2, expression.length() - 1));
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        Parser parser = new Parser(tokens);
        return parser.disjunction() && parser.atEnd();
    }

    /** Identifiers, numbers, quoted strings (without escapes) and operators; null for anything else. */
    private static List<String> tokens(String body) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                int start = i;
                while (i < body.length() && Character.isJavaIdentifierPart(body.charAt(i)) && body.charAt(i) != '$') {
                    i++;
                }
                tokens.add(body.substring(start, i));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < body.length() && (Character.isDigit(body.charAt(i)) || body.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(body.substring(start, i));
            } else if (c == '\'' || c == '"') {
                int end = body.indexOf(c, i + 1);
                if (end < 0 || body.substring(i + 1, end).contains("\\")) {
                    return null;
                }
                tokens.add(body.substring(i, end + 1));
                i = end + 1;
            } else {
                String two = i + 1 < body.length() ? body.substring(i, i + 2) : "";
                if (Set.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                    tokens.add(two);
                    i += 2;
                } else if ("<>!(),.".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                } else {
                    return null;
                }
            }
        }
        return tokens;
    }

    private final class Parser {

        private final List<String> tokens;
        private int pos;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return pos == tokens.size();
        }

        boolean disjunction() {
            if (!conjunction()) {
                return false;
            }
            while (accept("||") || accept("or")) {
                if (!conjunction()) {
                    return false;
                }
            }
            return true;
        }

        boolean conjunction() {
            if (!comparison()) {
                return false;
            }
            while (accept("&&") || accept("and")) {
                if (!comparison()) {
                    return false;
                }
            }
            return true;
        }

        boolean comparison() {
            if (!unary()) {
                return false;
            }
            if (!atEnd() && COMPARISONS.contains(peek())) {
                pos++;
                return unary();
            }
            return true;
        }

        boolean unary() {
            if (accept("!") || accept("not")) {
                return unary();
            }
            if (accept("(")) {
                return disjunction() && accept(")");
            }
            return operand();
        }

        /** A literal, a variable, {@code variable.size()}/{@code isEmpty()}, or {@code assignees.method(args)}. */
        boolean operand() {
            if (atEnd()) {
                return false;
            }
            String token = tokens.get(pos++);
            if (literal(token)) {
                return true;
            }
            if (token.equals("assignees")) {
                return accept(".") && !atEnd() && assigneeMethods.contains(tokens.get(pos++)) && arguments();
            }
            if (!variable(token)) {
                return false;
            }
            if (accept(".")) {
                return !atEnd() && COLLECTION_METHODS.contains(tokens.get(pos++)) && accept("(") && accept(")");
            }
            return true;
        }

        boolean arguments() {
            if (!accept("(")) {
                return false;
            }
            if (accept(")")) {
                return true;
            }
            do {
                if (atEnd() || !(literal(peek()) || variable(peek()))) {
                    return false;
                }
                pos++;
            } while (accept(","));
            return accept(")");
        }

        private boolean literal(String token) {
            return token.startsWith("'") || token.startsWith("\"") || Character.isDigit(token.charAt(0))
                    || token.equals("true") || token.equals("false") || token.equals("null");
        }

        private boolean variable(String token) {
            return Character.isJavaIdentifierStart(token.charAt(0)) && !RESERVED.contains(token);
        }

        private String peek() {
            return tokens.get(pos);
        }

        private boolean accept(String token) {
            if (!atEnd() && tokens.get(pos).equals(token)) {
                pos++;
                return true;
            }
            return false;
        }
    }
}
