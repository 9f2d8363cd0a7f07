package org.evidentia.webapp.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.evidentia.kernel.InvalidInputException;

/**
 * Refuses a JSON body that holds the escape {@code \u0000} with 400: the NUL character it stands
 * for cannot be stored in PostgreSQL text (the insert fails, a 500). A raw NUL byte is no valid
 * JSON and is refused by the parser already.
 */
@Provider
public class NulInJson implements ReaderInterceptor {

  private static final byte[] ESCAPE = {'\\', 'u', '0', '0', '0', '0'};

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() != null
        && context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      context.setInputStream(new Watch(context.getInputStream()));
    }
    return context.proceed();
  }

  /** Passes the bytes on and stops at the escape, also when it spans two reads. */
  static final class Watch extends FilterInputStream {
    private int matched;

    Watch(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        see((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        see(buffer[offset + i]);
      }
      return n;
    }

    private void see(byte b) {
      if (b == ESCAPE[matched]) {
        matched++;
      } else {
        matched = b == '\\' ? 1 : 0;
      }
      if (matched == ESCAPE.length) {
        throw new InvalidInputException("body", "text may not contain a NUL character (\\u0000)");
      }
    }
  }
}
