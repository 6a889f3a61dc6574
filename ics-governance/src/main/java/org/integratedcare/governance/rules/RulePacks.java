package org.integratedcare.governance.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds rule packs declared as services: the built-in England packs and any pack a user ships on
 * the class path or module path (see {@link RulePack}).
 *
 * <p>This class is thread-safe; it has no state.
 */
public final class RulePacks {
  private static final Logger LOG = LoggerFactory.getLogger(RulePacks.class);

  private RulePacks() {}

  /**
   * Every rule pack found by {@link ServiceLoader} through this library's module (on the module
   * path) or the thread's context class loader (on the class path), ordered by pack id.
   *
   * @return the packs, never null
   * @throws ServiceConfigurationError if a declared provider cannot be loaded or made; the error
   *     names the provider
   */
  public static List<RulePack> discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ServiceLoader<RulePack> services = RulePacks.class.getModule().isNamed() || loader == null
        ? ServiceLoader.load(RulePack.class)
        : ServiceLoader.load(RulePack.class, loader);
    return collect(services);
  }

  /**
   * Every rule pack found by {@link ServiceLoader} with the given class loader, ordered by pack id.
   *
   * @param loader the class loader, not null
   * @return the packs, never null
   * @throws ServiceConfigurationError if a declared provider cannot be loaded or made
   */
  public static List<RulePack> discover(ClassLoader loader) {
    return collect(ServiceLoader.load(RulePack.class, Objects.requireNonNull(loader, "loader")));
  }

  private static List<RulePack> collect(ServiceLoader<RulePack> services) {
    List<RulePack> packs = new ArrayList<>();
    for (RulePack pack : services) {
      packs.add(pack);
    }
    packs.sort(Comparator.comparing(RulePack::id));
    if (LOG.isDebugEnabled()) {
      LOG.debug("discovered {} rule packs: {}", packs.size(),
          packs.stream().map(p -> p.id() + " " + p.version()).toList());
    }
    return List.copyOf(packs);
  }
}
