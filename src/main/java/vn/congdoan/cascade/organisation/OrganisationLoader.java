package vn.congdoan.cascade.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congdoan.cascade.form.FormInput;

/**
 * Loads the registry file into the database: units and officers are inserted or updated by their
 * code and username. Units and officers missing from the file are kept (old cascades and documents
 * refer to them); set {@code active: false} to retire one. An officer missing from the file is retired
 * as well (the file is the whole registry): they leave their groups, and their open tasks go back to
 * their unit's group ({@link OfficerTasks}).
 */
@Component
class OrganisationLoader {

  private static final Logger log = LoggerFactory.getLogger(OrganisationLoader.class);

  private final OrganisationUnitRepository units;
  private final OfficerRepository officers;
  /**
   * The parser's default limit (3 MiB of text) is below a registry of some ten thousand grassroots
   * unions with their officers; 64 MiB leaves room for a confederation's.
   */
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
  private static final Pattern PHONE = Pattern.compile("[0-9+ ().-]{3,32}");
  private static final Pattern UNIT_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

  /** The column {@code org_unit.path}: some thirty levels of long codes. */
  static final int MAX_PATH_LENGTH = 2000;

  static final int MAX_REGISTRY_CODE_POINTS = 64 * 1024 * 1024;

  private final YAMLMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
          .loaderOptions(registryLoaderOptions()).build())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static LoaderOptions registryLoaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_REGISTRY_CODE_POINTS);
    return options;
  }

  public OrganisationLoader(OrganisationUnitRepository units, OfficerRepository officers) {
    this.units = units;
    this.officers = officers;
  }

  public OrganisationData read(Resource file) {
    try (InputStream in = file.getInputStream()) {
      OrganisationData data = yaml.readValue(in, OrganisationData.class);
      validate(data, file.getDescription());
      return data;
    } catch (IOException e) {
      throw new InvalidRegistryException("Cannot read organisation registry " + file.getDescription() + ": " + e.getMessage(), e);
    }
  }

  @Transactional
  public void load(OrganisationData data) {
    // what is stored already, read once: a query per unit would flush (and dirty-check) every unit
    // loaded so far, which grows with the square of the registry's size
    Map<String, OrganisationUnit> stored = new HashMap<>();
    units.findAll().forEach(unit -> stored.put(unit.getCode(), unit));
    Map<String, Officer> storedOfficers = new HashMap<>();
    officers.findAll().forEach(officer -> storedOfficers.put(officer.getUsername(), officer));
    Map<String, OrganisationUnit> byCode = new HashMap<>();
    for (OrganisationData.Unit u : data.units()) {
      OrganisationUnit unit = stored.containsKey(u.code()) ? stored.get(u.code()) : new OrganisationUnit(u.code(), u.level());
      unit.setName(FormInput.normalise(u.name()));
      unit.setHeaderName(FormInput.normalise(u.headerName()));
      unit.setSymbol(FormInput.normalise(u.symbol()));
      unit.setPlace(FormInput.normalise(u.place()));
      unit.setEmail(u.email() == null || u.email().isBlank() ? null : u.email().strip());
      unit.setLevel(u.level());
      unit.setActive(u.active() == null || u.active());
      unit.setParent(u.parent() == null ? null : byCode.get(u.parent()));
      OrganisationData.ExternalParent external = u.externalParent();
      unit.setExternalParentName(external == null ? null : FormInput.normalise(external.name()));
      unit.setExternalParentEmail(external == null || external.email() == null || external.email().isBlank() ? null
          : external.email().strip());
      // a stored unit is managed: its changes are written at the flush, without a merge per unit
      byCode.put(u.code(), unit.getId() == null ? units.save(unit) : unit);
    }
    // units no longer in the file are kept, under their parent: its path may have changed (parents first)
    stored.values().stream().filter(unit -> !byCode.containsKey(unit.getCode()))
        .sorted(Comparator.comparingInt(OrganisationUnit::depth))
        .forEach(unit -> unit.setParent(unit.getParent()));
    int people = 0;
    for (OrganisationData.Unit u : data.units()) {
      for (OrganisationData.Person p : u.officers() == null ? List.<OrganisationData.Person>of() : u.officers()) {
        Officer officer = storedOfficers.containsKey(p.username()) ? storedOfficers.get(p.username())
            : new Officer(p.username());
        officer.setFullName(FormInput.normalise(p.fullName()));
        officer.setTitle(FormInput.normalise(p.title()));
        officer.setEmail(p.email() == null || p.email().isBlank() ? null : p.email().strip());
        officer.setPhone(p.phone() == null || p.phone().isBlank() ? null : p.phone().strip());
        officer.setRole(p.role());
        officer.setUnit(byCode.get(u.code()));
        officer.setActive(p.active() == null || p.active());
        if (officer.getId() == null) {
          officers.save(officer);
        }
        storedOfficers.remove(p.username());
        people++;
      }
    }
    for (Officer missing : storedOfficers.values()) {
      if (missing.isActive()) {
        missing.setActive(false);
        log.info("Officer {} is no longer in the registry file: retired", missing.getUsername());
      }
    }
    log.info("Organisation registry loaded: {} units, {} officers", data.units().size(), people);
  }

  /**
   * Refuses a registry file that is not a tree of units, each under a unit of a higher level (a parent listed
   * before its children), or that has duplicates, missing names or roles that do not fit the unit; names the
   * culprit.
   */
  private static void validate(OrganisationData data, String source) {
    if (data == null || data.units() == null || data.units().isEmpty()) {
      throw new InvalidRegistryException("Organisation registry " + source + " lists no units");
    }
    Map<String, UnitLevel> levels = new HashMap<>();
    Map<String, String> groupOwners = new HashMap<>();
    Map<String, Integer> pathLengths = new HashMap<>();
    Set<String> usernames = new HashSet<>();
    for (OrganisationData.Unit u : data.units()) {
      require(u.code() != null && UNIT_CODE.matcher(u.code()).matches(), source, () -> "unit code '" + u.code() + "' must be lower-case letters, digits and dashes");
      require(!levels.containsKey(u.code()), source, () -> "unit code '" + u.code() + "' appears twice");
      require(u.name() != null && !u.name().isBlank(), source, () -> "unit '" + u.code() + "' has no name");
      require(u.level() != null, source, () -> "unit '" + u.code() + "' has no level");
      require(u.parent() == null || levels.containsKey(u.parent()), source,
          () -> "unit '" + u.code() + "' names parent '" + u.parent() + "', which must be listed before it");
      require(u.parent() != null || u.level() != UnitLevel.GRASSROOTS, source,
          () -> "unit '" + u.code() + "' is a GRASSROOTS unit and needs a parent");
      require(u.parent() == null || u.level().mayBeUnder(levels.get(u.parent())), source,
          () -> "unit '" + u.code() + "' (" + u.level() + ") cannot sit under '" + u.parent() + "' (" + levels.get(u.parent())
              + "): a parent must stand higher");
      require(u.externalParent() == null || u.parent() == null, source,
          () -> "unit '" + u.code() + "' has a parent in the registry and an external parent: only a top unit may name one");
      levels.put(u.code(), u.level());
      // a CĐCS's group is its code, the roles' groups of a unit with children its code and a suffix: no two may meet
      for (OfficerRole role : OfficerRole.values()) {
        if (role.fits(u.level())) {
          String group = role.groupOf(u.code());
          String other = groupOwners.putIfAbsent(group, u.code());
          require(other == null, source, () -> "unit '" + u.code() + "' and unit '" + other + "' would share the Camunda group '"
              + group + "': rename one of them");
        }
      }
      int pathLength = (u.parent() == null ? 1 : pathLengths.get(u.parent())) + u.code().length() + 1;
      require(pathLength <= MAX_PATH_LENGTH, source, () -> "unit '" + u.code() + "' lies too deep in the tree (its path of codes from "
          + "the top is longer than " + MAX_PATH_LENGTH + " characters)");
      pathLengths.put(u.code(), pathLength);
      requireLength(u.name(), 255, source, () -> "unit '" + u.code() + "': name");
      requireLength(u.headerName(), 255, source, () -> "unit '" + u.code() + "': header name");
      requireLength(u.symbol(), 32, source, () -> "unit '" + u.code() + "': symbol");
      requireLength(u.place(), 64, source, () -> "unit '" + u.code() + "': place");
      require(isEmail(u.email()), source, () -> "unit '" + u.code() + "' has an invalid e-mail address '" + u.email() + "'");
      if (u.externalParent() != null) {
        require(u.externalParent().name() != null && !u.externalParent().name().isBlank(), source,
            () -> "unit '" + u.code() + "': the external parent has no name");
        requireLength(u.externalParent().name(), 255, source, () -> "unit '" + u.code() + "': external parent's name");
        require(isEmail(u.externalParent().email()), source,
            () -> "unit '" + u.code() + "': the external parent has an invalid e-mail address '" + u.externalParent().email() + "'");
      }
      for (OrganisationData.Person p : u.officers() == null ? List.<OrganisationData.Person>of() : u.officers()) {
        require(p.username() != null && USERNAME.matcher(p.username()).matches(), source,
            () -> "officer username '" + p.username() + "' must be lower-case letters, digits, dots and dashes");
        require(usernames.add(p.username()), source, () -> "officer '" + p.username() + "' appears twice");
        require(p.fullName() != null && !p.fullName().isBlank(), source, () -> "officer '" + p.username() + "' has no full name");
        require(p.role() != null, source, () -> "officer '" + p.username() + "' has no role");
        requireLength(p.fullName(), 128, source, () -> "officer '" + p.username() + "': full name");
        requireLength(p.title(), 128, source, () -> "officer '" + p.username() + "': title");
        require(isEmail(p.email()), source, () -> "officer '" + p.username() + "' has an invalid e-mail address '" + p.email() + "'");
        require(p.phone() == null || PHONE.matcher(p.phone()).matches(), source,
            () -> "officer '" + p.username() + "' has an invalid phone number '" + p.phone() + "'");
        require(p.role().fits(u.level()), source,
            () -> "officer '" + p.username() + "' has role " + p.role() + ", which does not fit a unit of level " + u.level());
      }
    }
  }

  /** The problem's text is built only when there is one: a registry of a hundred thousand units runs these checks millions of times. */
  private static void require(boolean condition, String source, Supplier<String> problem) {
    if (!condition) {
      throw new InvalidRegistryException("Organisation registry " + source + ": " + problem.get());
    }
  }

  private static void requireLength(String text, int max, String source, Supplier<String> what) {
    String stored = FormInput.normalise(text);
    require(stored == null || stored.codePointCount(0, stored.length()) <= max, source,
        () -> what.get() + " is longer than " + max + " characters");
  }

  /** An e-mail address (or none): one @, a dotted domain, no spaces or angle brackets; at most 254 characters. */
  static boolean isEmail(String email) {
    return email == null || email.isBlank() || email.strip().length() <= 254 && EMAIL.matcher(email.strip()).matches();
  }
}
