package org.evidentia.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.StandardELContext;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  private final RecordELResolver resolver = new RecordELResolver();

  private static ELContext context() {
    return new StandardELContext(jakarta.el.ExpressionFactory.newInstance());
  }

  @Test
  void readsRecordComponents() {
    ELContext context = context();
    DashboardFigure figure = new DashboardFigure("Admin", "Accounts", 5, "/x");
    assertThat(resolver.getValue(context, figure, "value")).isEqualTo(5L);
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void leavesOtherObjectsAndUnknownNamesToOtherResolvers() {
    ELContext context = context();
    assertThat(resolver.getValue(context, "text", "length")).isNull();
    assertThat(resolver.getValue(context, new DashboardFigure("a", "b", 1, null), "nope")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void recordsAreReadOnly() {
    DashboardFigure figure = new DashboardFigure("a", "b", 1, null);
    assertThat(resolver.isReadOnly(context(), figure, "label")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context(), figure, "label", "x"))
        .isInstanceOf(PropertyNotWritableException.class);
  }
}
