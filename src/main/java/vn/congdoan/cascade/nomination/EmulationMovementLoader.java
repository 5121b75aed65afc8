package vn.congdoan.cascade.nomination;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.form.FormInput;

/** Loads the emulation movements (reference data, a readable YAML file) into the database on start-up. */
@Component
class EmulationMovementLoader implements ApplicationRunner {

  private final EmulationMovementRepository movements;
  private final Resource file;

  public EmulationMovementLoader(EmulationMovementRepository movements,
      @Value("${cascade.nomination.movements-file:classpath:reference/emulation-movements.yaml}") Resource file) {
    this.movements = movements;
    this.file = file;
  }

  record MovementList(List<Movement> movements) {}

  record Movement(String code, String name, Boolean active) {}

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    MovementList list;
    try (InputStream in = file.getInputStream()) {
      list = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
          .readValue(in, MovementList.class);
    }
    int position = 0;
    for (Movement m : list.movements()) {
      if (m.code() == null || m.name() == null || m.name().isBlank()) {
        throw new IllegalStateException("Emulation movement file " + file.getDescription() + ": entry " + (position + 1) + " needs a code and a name");
      }
      EmulationMovement movement = movements.findById(m.code()).orElseGet(() -> new EmulationMovement(m.code()));
      movement.setName(FormInput.normalise(m.name()));
      movement.setPosition(position++);
      movement.setActive(m.active() == null || m.active());
      movements.save(movement);
    }
  }
}
