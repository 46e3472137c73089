package org.zhengtong.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * Who calls the API. A request that brings credentials of its own (an {@code Authorization} header) is authenticated
 * by them alone: it never reads the console's session, so a session cookie beside a wrong, foreign or made-up header
 * authenticates nothing, and it never stores its login anywhere, so HTTP Basic calls create no session (which, with
 * one session per account, used to log the same person's browser out). Other requests use the console's session if
 * the browser has one, and never create one.
 */
final class ApiSecurityContextRepository implements SecurityContextRepository {

    private final SecurityContextRepository ownCredentials = new NullSecurityContextRepository();
    private final HttpSessionSecurityContextRepository consoleSession = new HttpSessionSecurityContextRepository();

    ApiSecurityContextRepository() {
        consoleSession.setAllowSessionCreation(false);
    }

    /**
     * True for the requests HTTP Basic answers: authenticated by their credentials, or refused with 401 before
     * reaching anything (the same test as Spring's {@code BasicAuthenticationConverter}).
     */
    static boolean carriesBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && StringUtils.startsWithIgnoreCase(authorization.trim(), "Basic");
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return forRequest(request).loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return forRequest(holder.getRequest()).loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        forRequest(request).saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return forRequest(request).containsContext(request);
    }

    private SecurityContextRepository forRequest(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null ? ownCredentials : consoleSession;
    }
}
