package org.evidentia.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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
 * @param defaultOrder the order when none is asked for, and the tie-breaker after one
 */
public record PagedQuery(
    String entity, List<String> searched, Map<String, String> sortFields, String defaultOrder) {

  /** A filter: a JPQL condition on alias {@code e} and the values of its named parameters. */
  public record Condition(String jpql, Map<String, Object> parameters) {

    public static Condition of(String jpql) {
      return new Condition(jpql, Map.of());
    }

    public static Condition of(String jpql, String parameter, Object value) {
      return new Condition(jpql, Map.of(parameter, value));
    }
  }

  /**
   * The requested sort, then the default order as tie-breaker without the requested field: a column
   * named twice in ORDER BY makes H2 fail on large sorts.
   */
  String orderBy(PageRequest request) {
    if (request.sort() == null) {
      return defaultOrder;
    }
    String field = "e." + sortFields.get(request.sort().field());
    List<String> order = new java.util.ArrayList<>();
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

  /** A page that also meets every condition (all must hold). */
  public <E, T> Page<T> fetch(
      EntityManager em,
      Class<E> type,
      PageRequest request,
      Function<E, T> view,
      List<Condition> conditions) {
    List<String> clauses = new java.util.ArrayList<>();
    conditions.forEach(c -> clauses.add("(" + c.jpql() + ")"));
    if (request.query() != null) {
      clauses.add(
          "("
              + String.join(
                  " OR ", searched.stream().map(f -> "LOWER(e." + f + ") LIKE :q").toList())
              + ")");
    }
    String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    String order = orderBy(request);
    TypedQuery<E> query =
        em.createQuery("SELECT e FROM " + entity + " e" + where + " ORDER BY " + order, type);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where, Long.class);
    if (request.query() != null) {
      String like = "%" + request.query().toLowerCase(Locale.ROOT) + "%";
      query.setParameter("q", like);
      count.setParameter("q", like);
    }
    for (Condition condition : conditions) {
      condition
          .parameters()
          .forEach(
              (name, value) -> {
                query.setParameter(name, value);
                count.setParameter(name, value);
              });
    }
    List<T> items =
        query
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(view)
            .toList();
    return Page.of(items, request, count.getSingleResult());
  }
}
