package org.evidentia.kernel;

import java.util.Set;

/**
 * One page of a list: zero-based page number, page size (1 to {@link #MAX_SIZE}), an optional sort
 * and an optional free-text query.
 */
public record PageRequest(int page, int size, Sort sort, String query) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new InvalidInputException("page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE);
    }
    query = query == null || query.isBlank() ? null : query.strip();
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size, null, null);
  }

  /**
   * Builds a request from API query parameters, accepting only sort fields the list supports.
   *
   * @param sort {@code field,asc} or {@code field,desc}; {@code null} for the list's default order
   */
  public static PageRequest of(
      Integer page, Integer size, String sort, String query, Set<String> sortable) {
    return new PageRequest(
        page == null ? 0 : page,
        size == null ? DEFAULT_SIZE : size,
        Sort.parse(sort, sortable),
        query);
  }

  public int offset() {
    return page * size;
  }

  /** A sort order on one field. */
  public record Sort(String field, boolean ascending) {

    static Sort parse(String text, Set<String> sortable) {
      if (text == null || text.isBlank()) {
        return null;
      }
      String[] parts = text.split(",", -1);
      String field = parts[0].strip();
      if (!sortable.contains(field)) {
        throw new InvalidInputException(
            "sort", "cannot sort by '" + field + "'; use one of " + sortable);
      }
      if (parts.length > 2 || parts.length == 2 && !parts[1].strip().matches("(?i)asc|desc")) {
        throw new InvalidInputException("sort", "sort must look like 'field,asc' or 'field,desc'");
      }
      return new Sort(field, parts.length == 1 || parts[1].strip().equalsIgnoreCase("asc"));
    }
  }
}
