package org.zhengtong.platform.internal.request;

import java.util.List;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhengtong.platform.RequestKey;

/**
 * The keys of creating requests: hands a {@link RequestKey} parameter the request's header or form field, and gives
 * the console's forms a fresh key ({@code @requestKeys.fresh()} in the {@code request-key} fragment).
 */
@Component("requestKeys")
public class RequestKeys implements WebMvcConfigurer {

    /** A new key for a form about to be shown. */
    public String fresh() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    private static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.hasParameterAnnotation(RequestKey.class) && parameter.getParameterType() == String.class;
        }

        @Override
        public String resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            String header = request.getHeader(RequestKey.HEADER);
            String key = header != null ? header : request.getParameter(RequestKey.FIELD);
            return key == null || key.isBlank() ? null : key.strip();
        }
    }
}
