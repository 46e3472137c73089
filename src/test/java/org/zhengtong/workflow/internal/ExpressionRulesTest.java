package org.zhengtong.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The expression forms an imported process may use, and a few it may not. */
class ExpressionRulesTest {

    private final ExpressionRules rules = new ExpressionRules(Set.of("position", "departmentHead", "namedPeople"));

    @Test
    void variablesComparisonsAndAssigneeCallsAreAllowed() {
        for (String allowed : new String[] {"${initiator}", "${stepDue}", "${countersigners.size() > 0}",
                "${readers.isEmpty()}", "${urgency == 'EXTRA_URGENT'}", "${nrOfCompletedInstances >= 1}",
                "${classification == 'SECRET' || classification == 'TOP_SECRET'}",
                "${!(amount gt 10) and documentType ne \"REQUEST\"}", "${assignees.position(initiator, 'OFFICE_DIRECTOR')}",
                "${assignees.namedPeople('czj.d2.chief,czj.d3.chief')}", "#{approved == true}"}) {
            assertThat(rules.allowed(allowed)).as(allowed).isTrue();
        }
    }

    @Test
    void anythingElseIsRefused() {
        for (String refused : new String[] {"${execution}", "${execution.getVariables()}", "${task.delete()}",
                "${assignees}", "${assignees.getClass()}", "${assignees.position(initiator.getClass(), 'X')}",
                "${initiator.getClass().forName('java.lang.Runtime')}", "${variables:get(x)}", "${''.concat('a')}",
                "${x = 1}", "${a; b}", "${T(java.lang.Runtime)}", "${'a\\'b'}", "${a[0]}", "${", "${}",
                "${empty readers}", "${a ? b : c}"}) {
            assertThat(rules.allowed(refused)).as(refused).isFalse();
        }
    }

    @Test
    void expressionsAreFoundWholeInsideText() {
        assertThat(ExpressionRules.expressionsIn("due ${stepDue} or #{x == '}'} and ${open"))
                .containsExactly("${stepDue}", "#{x == '}'}", "${open");
        assertThat(ExpressionRules.expressionsIn("no expression, only $ and { }")).isEmpty();
    }
}
