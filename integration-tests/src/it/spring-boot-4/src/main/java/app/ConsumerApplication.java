package app;

import org.integratedcare.jackson3.IcsJacksonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

@SpringBootApplication
public class ConsumerApplication {

  public static void main(String[] args) {
    SpringApplication.run(ConsumerApplication.class, args);
  }

  /** Spring Boot registers every Jackson 3 {@code JacksonModule} bean on its {@code JsonMapper}. */
  @Bean
  JacksonModule icsJacksonModule() {
    return new IcsJacksonModule();
  }
}
