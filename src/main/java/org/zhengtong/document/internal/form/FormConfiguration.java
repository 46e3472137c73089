package org.zhengtong.document.internal.form;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FontProperties.class)
class FormConfiguration {
}
