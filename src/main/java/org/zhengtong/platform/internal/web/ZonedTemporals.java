package org.zhengtong.platform.internal.web;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * Templates' {@code #temporals} in the configured time zone ({@code zhengtong.time-zone}, the application clock's)
 * rather than the server's: Thymeleaf's own formats an {@code Instant} in the JVM's default zone. A dialect added
 * after the standard one wins the name.
 */
@Component
class ZonedTemporals extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "temporals";

    private final Clock clock;

    ZonedTemporals(Clock clock) {
        super("zhengtong-temporals");
        this.clock = clock;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? new Temporals(context.getLocale(), clock.getZone()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
