package org.expertportal.ui;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ContactChannels.class)
class UiConfiguration {

    /** After Spring Security (order -100), so that the person signed in is known. */
    @Bean
    FilterRegistrationBean<InitialLoadStatusFilter> initialLoadStatus(List<PageExistence> existence) {
        var registration = new FilterRegistrationBean<>(new InitialLoadStatusFilter(existence));
        registration.setOrder(0);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
