import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The floor of the evidence upload benchmark (bench/evidence-upload.sh): reads a request body
 * through the same Payara Micro HTTP stack as the upload API and throws it away. No parsing, no
 * hashing, no disk. Built and deployed by the benchmark script only, as {@code sink.war} beside
 * {@code evidentia.war}; it is not part of the product.
 *
 * <p>{@code POST /sink/discard} answers 200 with the number of bytes read, so the script can check
 * that the whole body arrived. The buffer has the size of the one the upload path reads with.
 */
@WebServlet(urlPatterns = "/discard")
public class SinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int BUFFER = 64 * 1024;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    try (InputStream in = request.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
      }
    }
    response.setContentType("text/plain");
    response.getWriter().print(total);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.getWriter().print("sink");
  }
}
