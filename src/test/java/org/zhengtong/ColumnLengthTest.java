package org.zhengtong;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Every length a form, a request body or a service method accepts ({@code @Size(max)}) fits the column the value is
 * stored in, as the migrated schema declares it (JDBC metadata, so H2 and PostgreSQL alike). A value is paired with
 * the columns of the same name (title → title, sourceUnitName → source_unit_name) in the tables of the entities of
 * its own module, and with only the entity a form is named after when there is one ({@code UnitForm} → Unit). A new
 * column narrower than the field that feeds it, or a field widened past its column, fails here instead of answering
 * 500 in production.
 */
@IntegrationTest
class ColumnLengthTest {

    @Autowired DataSource dataSource;
    @Autowired EntityManagerFactory entityManagerFactory;

    /** A String attribute of an entity and the length of its column; null for an unbounded column (text, clob). */
    record Column(Class<?> entity, String attribute, String table, String column, Integer length) {
    }

    record Limit(String where, String name, int max) {
    }

    @Test
    void noFieldAcceptsMoreThanItsColumnHolds() throws Exception {
        Map<String, Integer> schema = varcharLengths();
        List<Column> columns = entityColumns(schema);
        List<Limit> limits = sizeLimits();

        List<String> checked = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        for (Limit limit : limits) {
            String module = module(limit.where());
            String owner = limit.where().substring(limit.where().lastIndexOf('.') + 1);
            List<Column> candidates = columns.stream()
                    .filter(c -> module(c.entity().getName()).equals(module) && c.attribute().equals(limit.name()))
                    .toList();
            List<Column> named = candidates.stream()
                    .filter(c -> owner.startsWith(c.entity().getSimpleName() + "Form")).toList();
            for (Column column : named.isEmpty() ? candidates : named) {
                checked.add(limit.where() + "." + limit.name() + " → " + column.table() + "." + column.column());
                if (column.length() != null && limit.max() > column.length()) {
                    tooLong.add(limit.where() + "." + limit.name() + " @Size(max = " + limit.max() + ") > "
                            + column.table() + "." + column.column() + " VARCHAR(" + column.length() + ")");
                }
            }
        }
        assertThat(tooLong).isEmpty();
        // the pairing finds what it should, so this test can fail
        assertThat(checked).contains(
                "org.zhengtong.document.internal.OutgoingForm.title → doc_document.title",
                "org.zhengtong.document.internal.NumberReservationService.reserve.reason → doc_number_reservation.reason",
                "org.zhengtong.platform.internal.org.PersonForm.name → org_person.name");
        assertThat(schema).containsEntry("doc_number_reservation.reason", 200);
    }

    /** Bounded character columns of the migrated schema, "table.column" in lower case. */
    private Map<String, Integer> varcharLengths() throws Exception {
        Map<String, Integer> lengths = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet rs = metadata.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR) {
                        lengths.put((rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME"))
                                .toLowerCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"));
                    }
                }
            }
        }
        return lengths;
    }

    private List<Column> entityColumns(Map<String, Integer> schema) {
        SessionFactoryImplementor hibernate = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        List<Column> columns = new ArrayList<>();
        hibernate.getMetamodel().getEntities().stream()
                .filter(entity -> entity.getJavaType().getName().startsWith("org.zhengtong."))
                .forEach(entity -> {
                    AbstractEntityPersister persister = (AbstractEntityPersister) hibernate.getMappingMetamodel()
                            .getEntityDescriptor(entity.getJavaType());
                    String table = persister.getTableName().toLowerCase(Locale.ROOT);
                    for (Attribute<?, ?> attribute : entity.getAttributes()) {
                        if (attribute.getJavaType() != String.class) {
                            continue;
                        }
                        for (String column : persister.getPropertyColumnNames(attribute.getName())) {
                            String key = table + "." + column.toLowerCase(Locale.ROOT);
                            columns.add(new Column(entity.getJavaType(), attribute.getName(), table,
                                    column.toLowerCase(Locale.ROOT), schema.get(key)));
                        }
                    }
                });
        assertThat(columns).as("String columns of the entities").hasSizeGreaterThan(50);
        return columns;
    }

    /** Every {@code @Size(max)} on a String field, record component or method parameter of the application. */
    private static List<Limit> sizeLimits() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*")));
        List<Limit> limits = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.zhengtong")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            for (Field field : type.getDeclaredFields()) {
                Size size = field.getAnnotation(Size.class);
                if (size != null && field.getType() == String.class) {
                    limits.add(new Limit(type.getName(), field.getName(), size.max()));
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    Size size = parameter.getAnnotation(Size.class);
                    if (size != null && parameter.getType() == String.class && !type.isRecord()) {
                        limits.add(new Limit(type.getName() + "." + method.getName(), parameter.getName(),
                                size.max()));
                    }
                }
            }
        }
        assertThat(limits).as("@Size limits found").hasSizeGreaterThan(15);
        return limits;
    }

    /** org.zhengtong.document.internal.X → document */
    private static String module(String className) {
        String rest = className.substring("org.zhengtong.".length());
        return rest.substring(0, rest.indexOf('.'));
    }
}
