// Starts the official DynamoDB Local on 127.0.0.1 only. DynamoDB Local has no bind-address
// option and listens on every interface; its Jetty connector is reachable before start(), so this
// launcher sets the connector's host and then starts it. Run as a single-file source program:
//   java -cp 'DynamoDBLocal.jar:DynamoDBLocal_lib/*' LoopbackDynamoDbLocal.java -port 8000 ...
// It also answers only to its own host names: loopback alone does not stop DNS rebinding, where a
// page on a name the attacker points at 127.0.0.1 is same-origin with this port in the browser.
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    int port = -1;
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector) {
        ((ServerConnector) connector).setHost("127.0.0.1");
        port = ((ServerConnector) connector).getPort();
      }
    }
    if (port <= 0) throw new IllegalStateException("DynamoDB Local: no port to listen on");
    Handler inner = server.getHandler();
    server.setHandler((Handler) null);
    server.setHandler(new OwnHostOnly(inner, port));
    proxy.start();
    System.out.println("DynamoDB Local listening on 127.0.0.1");
  }

  /** 421 Misdirected Request for any Host but 127.0.0.1:port and localhost:port (none: refused too). */
  static final class OwnHostOnly extends Handler.Wrapper {
    private final Set<String> hosts;
    private final byte[] refusal;

    OwnHostOnly(Handler inner, int port) {
      super(inner);
      this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
      this.refusal = ("{\"__type\":\"MisdirectedRequest\",\"message\":\"DynamoDB Local answers only at http://127.0.0.1:" + port + " or http://localhost:" + port + ".\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String host = request.getHeaders().get(HttpHeader.HOST);
      if (host != null && hosts.contains(host.toLowerCase(Locale.ROOT))) return super.handle(request, response, callback);
      response.setStatus(421);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-amz-json-1.0");
      response.write(true, ByteBuffer.wrap(refusal), callback);
      return true;
    }
  }
}
