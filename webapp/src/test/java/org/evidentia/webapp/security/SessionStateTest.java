package org.evidentia.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What a cluster replicates between instances (ADR 0022): every session- and view-scoped bean, and
 * the login records kept in the session, survive serialization, and nothing an instance needs after
 * a failover is left behind as a transient field.
 */
class SessionStateTest {

  private static final List<Class<?>> SCOPED = scopedBeans();

  private static List<Class<?>> scopedBeans() {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.evidentia")) {
      if (type.isAnnotatedWith(SessionScoped.class) || type.isAnnotatedWith(ViewScoped.class)) {
        beans.add(type.reflect());
      }
    }
    return beans;
  }

  @Test
  void theScanFindsTheBeans() {
    assertThat(SCOPED).hasSizeGreaterThan(20).contains(org.evidentia.webapp.ui.UserSession.class);
  }

  @Test
  void everySessionAndViewScopedBeanIsSerializable() {
    assertThat(SCOPED).allMatch(Serializable.class::isAssignableFrom, "Serializable");
  }

  /**
   * A transient injected service is null on the instance that takes the session over (Weld does not
   * inject again after deserialization); the client proxies of our normal-scoped services are
   * serializable, so they go with the bean.
   */
  @Test
  void noInjectedServiceIsTransient() {
    List<String> transientInjections = new ArrayList<>();
    for (Class<?> bean : SCOPED) {
      for (Field field : fields(bean)) {
        // Configuration values cannot be passivated (Weld refuses them); their getters read them
        // again when they are null.
        if (field.isAnnotationPresent(Inject.class)
            && Modifier.isTransient(field.getModifiers())
            && !field.isAnnotationPresent(ConfigProperty.class)) {
          transientInjections.add(bean.getSimpleName() + "." + field.getName());
        }
      }
    }
    assertThat(transientInjections).isEmpty();
  }

  /**
   * Every field that is serialized has a type that can be, down through record components and the
   * element types of collections: a value that fails to serialize would stop the session's
   * replication at the first failover, not at build time.
   */
  @Test
  void everySerializedFieldHasASerializableType() {
    Set<String> unserializable = new TreeSet<>();
    for (Class<?> bean : SCOPED) {
      for (Field field : fields(bean)) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)) {
          continue;
        }
        check(
            field.getGenericType(),
            bean.getSimpleName() + "." + field.getName(),
            unserializable,
            new HashSet<>());
      }
    }
    assertThat(unserializable).isEmpty();
  }

  private static void check(Type type, String path, Set<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), path, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, path + "<>", problems, seen);
      }
      return;
    }
    if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        check(bound, path, problems, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive() || c == Object.class) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", problems, seen);
      return;
    }
    // Interfaces of the collections: the implementations in use (ArrayList, List.of...) serialize.
    boolean collection = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
    if (!collection && !Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName());
      return;
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        check(component.getGenericType(), path + "." + component.getName(), problems, seen);
      }
    }
  }

  /**
   * The application is distributable only when web.xml and every web fragment say so; one fragment
   * without it and Payara keeps all sessions in memory, replicating none.
   */
  @Test
  void everyWebFragmentIsDistributable() throws Exception {
    List<URL> fragments =
        Collections.list(getClass().getClassLoader().getResources("META-INF/web-fragment.xml"));
    List<String> ours =
        fragments.stream().map(URL::toString).filter(u -> u.contains("evidentia")).toList();
    assertThat(ours).hasSizeGreaterThanOrEqualTo(7);
    for (URL fragment : fragments) {
      try (InputStream in = fragment.openStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .as(fragment.toString())
            .contains("<distributable/>");
      }
    }
  }

  @Test
  void theLoginRecordsSurviveSerialization() throws Exception {
    LoginRecord record = new LoginRecord("caseworker", Set.of("CASEWORKER", "REVIEWER"));
    assertThat(roundTrip(record)).isEqualTo(record);
    PendingLogin pending =
        new PendingLogin(
            "caseworker",
            org.evidentia.identity.api.SecondFactor.Step.values()[0],
            java.time.Instant.parse("2026-01-01T00:00:00Z"),
            1);
    assertThat(roundTrip(pending)).isEqualTo(pending);
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
