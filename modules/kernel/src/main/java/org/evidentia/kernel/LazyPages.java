package org.evidentia.kernel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over a module's paged list: the table's page, sort and the view's search
 * text become a {@link PageRequest}; only sortable fields are passed on.
 */
public class LazyPages<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Fetches a page; serializable so the view scope can be stored. */
  public interface Source<T> extends Function<PageRequest, Page<T>>, Serializable {}

  /** Reads the search text of the view; serializable like the source. */
  public interface Query extends Supplier<String>, Serializable {}

  /** The key of a row; serializable like the source. */
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final Source<T> source;
  private final Set<String> sortable;
  private final Query query;
  private final Key<T> key;

  public LazyPages(Source<T> source, Set<String> sortable, Query query, Key<T> key) {
    this.source = source;
    this.sortable = Set.copyOf(sortable);
    this.query = query;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return clamp(source.apply(new PageRequest(0, 1, null, query.get())).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PageRequest.Sort sort =
        sortBy.values().stream()
            .filter(s -> s.getOrder() != SortOrder.UNSORTED && sortable.contains(s.getField()))
            .findFirst()
            .map(s -> new PageRequest.Sort(s.getField(), s.getOrder() == SortOrder.ASCENDING))
            .orElse(null);
    Page<T> page = source.apply(new PageRequest(first / pageSize, pageSize, sort, query.get()));
    setRowCount(clamp(page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  private static int clamp(long total) {
    return (int) Math.min(Integer.MAX_VALUE, total);
  }
}
