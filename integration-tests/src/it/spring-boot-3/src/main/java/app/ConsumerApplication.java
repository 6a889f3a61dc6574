package app;

import com.fasterxml.jackson.databind.Module;
import org.integratedcare.jackson2.IcsJacksonModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ConsumerApplication {

  public static void main(String[] args) {
    SpringApplication.run(ConsumerApplication.class, args);
  }

  /** Spring Boot registers every Jackson 2 {@code Module} bean on its {@code ObjectMapper}. */
  @Bean
  Module icsJacksonModule() {
    return new IcsJacksonModule();
  }
}
