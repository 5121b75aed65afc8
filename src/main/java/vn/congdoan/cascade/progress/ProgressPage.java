package vn.congdoan.cascade.progress;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The progress page lives at {@code /progress/} (static files under {@code static/progress}). */
@Configuration(proxyBeanMethods = false)
class ProgressPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/progress", "/progress/");
    registry.addViewController("/progress/").setViewName("forward:/progress/index.html");
  }
}
