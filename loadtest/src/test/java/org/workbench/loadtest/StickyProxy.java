package org.workbench.loadtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load balancer for the two-instance run, on loopback: a request without a known session goes to the next
 * instance in turn; a request whose JSESSIONID an instance handed out goes back to that instance (sticky sessions,
 * as docs/deploy.md asks of a real balancer). Plain HTTP only: the load test's client keeps no websocket.
 *
 * <pre>java -cp ... org.workbench.loadtest.StickyProxy PORT http://127.0.0.1:A http://127.0.0.1:B</pre>
 */
public final class StickyProxy {
    private static final Pattern SESSION_COOKIE = Pattern.compile("(?:^|;\\s*)JSESSIONID=([^;\\s]+)");
    private static final Pattern SET_SESSION = Pattern.compile("^JSESSIONID=([^;\\s]+)");
    // Hop-by-hop headers and the ones Java's client sets itself.
    private static final Set<String> NOT_FORWARDED = Set.of(
            "connection", "content-length", "expect", "upgrade", "keep-alive", "transfer-encoding", "te", "trailer");
    // Sessions the instances handed out; bounded, since a load test makes many.
    private static final int MAX_SESSIONS = 100_000;

    private final List<URI> backends;
    private final Map<String, Integer> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong[] served;
    private final HttpClient client;

    private StickyProxy(List<URI> backends) {
        this.backends = backends;
        this.served = new AtomicLong[backends.size()];
        for (int i = 0; i < served.length; i++) {
            served[i] = new AtomicLong();
        }
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: StickyProxy PORT BACKEND_URL BACKEND_URL...");
            System.exit(2);
        }
        // The instances must see the address the browser used (the sign-in's same-origin check compares it).
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        int port = Integer.parseInt(args[0]);
        List<URI> backends =
                List.of(args).subList(1, args.length).stream().map(URI::create).toList();
        var proxy = new StickyProxy(backends);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        ExecutorService threads = Executors.newFixedThreadPool(64);
        server.setExecutor(threads);
        server.createContext("/", proxy::handle);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            threads.shutdownNow();
            System.out.println("sticky proxy: requests per instance " + proxy.counts());
        }));
        System.out.println("sticky proxy on 127.0.0.1:" + port + " -> " + backends);
    }

    private String counts() {
        var out = new StringBuilder();
        for (int i = 0; i < served.length; i++) {
            out.append(i == 0 ? "" : ", ").append(backends.get(i)).append(": ").append(served[i].get());
        }
        return out + "; sessions " + sessions.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int backend = chooseBackend(exchange.getRequestHeaders().getOrDefault("Cookie", List.of()));
            served[backend].incrementAndGet();
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(forward(exchange, backends.get(backend)), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                respond(exchange, 502, new byte[0]);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 503, new byte[0]);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("set-cookie")) {
                    values.forEach(cookie -> remember(cookie, backend));
                }
                if (!NOT_FORWARDED.contains(lower) && !lower.equals(":status")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            respond(exchange, answer.statusCode(), answer.body());
        }
    }

    private int chooseBackend(List<String> cookies) {
        for (String header : cookies) {
            Matcher m = SESSION_COOKIE.matcher(header);
            if (m.find()) {
                Integer known = sessions.get(m.group(1));
                if (known != null) {
                    return known;
                }
            }
        }
        return Math.floorMod(next.getAndIncrement(), backends.size());
    }

    private void remember(String setCookie, int backend) {
        Matcher m = SET_SESSION.matcher(setCookie);
        if (m.find() && sessions.size() < MAX_SESSIONS) {
            sessions.put(m.group(1), backend);
        }
    }

    private static HttpRequest forward(HttpExchange exchange, URI backend) throws IOException {
        URI target = backend.resolve(exchange.getRequestURI().toString());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean empty = body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
