package org.zhengtong.platform.internal.api;

import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute address of a created resource, for the {@code Location} header of a 201 response. */
final class ApiLocations {

    private ApiLocations() {
    }

    static URI of(String pathTemplate, Object id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(pathTemplate).buildAndExpand(id).toUri();
    }
}
