package org.evidentia.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a JPQL list with free-text search and a whitelisted sort, plus its total: the query
 * behind every list in the API and the UI.
 *
 * @param entity the entity name, aliased {@code e} in the query
 * @param searched the fields the free-text query looks in (case-insensitive, anywhere in the text)
 * @param sortFields API sort names mapped to entity fields
 * @param defaultOrder the order when none is asked for, and the tie-breaker after one; it ends with
 *     a unique key, so every order is total and pages neither repeat nor skip a row
 */
public record PagedQuery(
    String entity, List<String> searched, Map<String, String> sortFields, String defaultOrder) {

  /** A filter: a JPQL condition on alias {@code e} and the values of its named parameters. */
  public record Condition(String jpql, Map<String, Object> parameters, String fixedField) {

    public Condition(String jpql, Map<String, Object> parameters) {
      this(jpql, parameters, null);
    }

    public static Condition of(String jpql) {
      return new Condition(jpql, Map.of());
    }

    public static Condition of(String jpql, String parameter, Object value) {
      return new Condition(jpql, Map.of(parameter, value));
    }

    /**
     * {@code e.field = value}. The field is also named first in ORDER BY: a no-op for the result,
     * but H2 uses an index for the order only when the order starts with the index's first columns,
     * e.g. {@code (case_id, occurred_from DESC, id)}.
     */
    public static Condition equal(String field, Object value) {
      return new Condition("e." + field + " = :" + field, Map.of(field, value), "e." + field);
    }
  }

  /**
   * The requested sort, then the default order as tie-breaker without the requested field: a column
   * named twice in ORDER BY makes H2 fail on large sorts.
   */
  String orderBy(PageRequest request) {
    return orderBy(request, List.of());
  }

  /** The order, after the fields that conditions fix to one value. */
  String orderBy(PageRequest request, List<Condition> conditions) {
    List<String> fixed = new ArrayList<>();
    for (Condition condition : conditions) {
      if (condition.fixedField() != null && !fixed.contains(condition.fixedField())) {
        fixed.add(condition.fixedField());
      }
    }
    List<String> order = new ArrayList<>(fixed);
    for (String term : orderOf(request).split(",")) {
      // A fixed field sorts nothing, and a column named twice in ORDER BY breaks H2's large sorts.
      if (!fixed.contains(term.strip().split("\\s+")[0])) {
        order.add(term.strip());
      }
    }
    return String.join(", ", order);
  }

  private String orderOf(PageRequest request) {
    if (request.sort() == null) {
      return defaultOrder;
    }
    String field = "e." + sortFields.get(request.sort().field());
    List<String> order = new ArrayList<>();
    order.add(field + (request.sort().ascending() ? " ASC" : " DESC"));
    for (String term : defaultOrder.split(",")) {
      if (!term.strip().split("\\s+")[0].equals(field)) {
        order.add(term.strip());
      }
    }
    return String.join(", ", order);
  }

  public <E, T> Page<T> fetch(
      EntityManager em, Class<E> type, PageRequest request, Function<E, T> view) {
    return fetch(em, type, request, view, List.of());
  }

  /**
   * A page that also meets every condition (all must hold).
   *
   * <p>The total is counted first. A page past the end costs no further query, and a page in the
   * back half of the list is read in the reverse order from the end: with OFFSET the database walks
   * past every earlier row, so the last page would otherwise be the slowest.
   */
  public <E, T> Page<T> fetch(
      EntityManager em,
      Class<E> type,
      PageRequest request,
      Function<E, T> view,
      List<Condition> conditions) {
    List<String> clauses = new ArrayList<>();
    conditions.forEach(c -> clauses.add("(" + c.jpql() + ")"));
    boolean searching = request.query() != null && !searched.isEmpty();
    if (searching) {
      clauses.add(
          "("
              + String.join(
                  " OR ",
                  searched.stream().map(f -> "LOWER(e." + f + ") LIKE :q ESCAPE '!'").toList())
              + ")");
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    TypedQuery<Long> count =
        bind(
            em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where, Long.class),
            request,
            searching,
            conditions);
    long total = count.getSingleResult();
    long offset = request.offset();
    if (offset >= total) {
      return Page.of(List.of(), request, total);
    }
    int size = (int) Math.min(request.size(), total - offset);
    String order = orderBy(request, conditions);
    List<E> rows =
        byKey(em, type, where, order, (int) offset, size, request, searching, conditions);
    List<T> items = new ArrayList<>(rows.size());
    rows.forEach(row -> items.add(view.apply(row)));
    return Page.of(List.copyOf(items), request, total);
  }

  /**
   * The keys of the page first, then their rows. Skipping rows by OFFSET then reads only the index
   * that serves the order and the filter, not every skipped row; and H2 picks the index that serves
   * the order for the narrow key query, where for whole rows it sometimes sorted them all (seconds
   * at 100,000 incidents). The default order ends with a unique key, which names the rows.
   */
  private <E> List<E> byKey(
      EntityManager em,
      Class<E> type,
      String where,
      String order,
      int first,
      int size,
      PageRequest request,
      boolean searching,
      List<Condition> conditions) {
    String key = key();
    List<Object> keys =
        bind(
                em.createQuery(
                    "SELECT " + key + " FROM " + entity + " e" + where + " ORDER BY " + order,
                    Object.class),
                request,
                searching,
                conditions)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    if (keys.isEmpty()) {
      return List.of();
    }
    Map<Object, E> byKey = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT " + key + ", e FROM " + entity + " e WHERE " + key + " IN :keys",
                Object[].class)
            .setParameter("keys", keys)
            .getResultList()) {
      byKey.put(row[0], type.cast(row[1]));
    }
    List<E> rows = new ArrayList<>(keys.size());
    keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).forEach(rows::add);
    return rows;
  }

  /** The unique key that ends the default order, e.g. {@code e.id}. */
  String key() {
    String[] terms = defaultOrder.split(",");
    return terms[terms.length - 1].strip().split("\\s+")[0];
  }

  /**
   * The search text as a LIKE pattern that finds it anywhere: its own % and _ are escaped, so that
   * a search for "%" finds text with a percent sign, not every row.
   */
  static String likePattern(String query) {
    String escaped =
        query.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }

  private <Q extends TypedQuery<?>> Q bind(
      Q query, PageRequest request, boolean searching, List<Condition> conditions) {
    if (searching) {
      query.setParameter("q", likePattern(request.query()));
    }
    for (Condition condition : conditions) {
      condition.parameters().forEach(query::setParameter);
    }
    return query;
  }
}
