import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens one payment with fraudscreen before it is sent, with the JDK's own HTTP client.
 *
 * <pre>
 *   FRAUDSCREEN_URL=http://127.0.0.1:8080 FRAUDSCREEN_KEY=fs_... java ScreenPayment.java payment.json
 * </pre>
 *
 * Exits 0 (allow: pay), 10 (review: hold until verified), 20 (block: do not pay) or 1 (no
 * answer: hold the payment and retry later with the same request_id). A real integration
 * parses the answer with its JSON library (Jackson, Gson); this example reads the few fields
 * it needs with a pattern so that it runs with the JDK alone.
 */
public class ScreenPayment {
    private static final int ATTEMPTS = 4;

    public static void main(String[] args) throws Exception {
        String base = System.getenv().getOrDefault("FRAUDSCREEN_URL", "http://127.0.0.1:8080");
        String key = System.getenv("FRAUDSCREEN_KEY");
        String payment = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/screen/payment"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payment, StandardCharsets.UTF_8))
                .build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String problem;
            try {
                HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200) {
                    System.exit(act(response.body()));
                }
                if (response.statusCode() < 500) {
                    // The request itself is wrong; the body names the field. Retrying won't help.
                    System.err.println("refused " + response.statusCode() + ": " + response.body());
                    System.exit(2);
                }
                problem = "HTTP " + response.statusCode();
            } catch (HttpTimeoutException e) {
                problem = "timed out";
            } catch (IOException e) {
                problem = "no connection (" + e.getClass().getSimpleName() + ")";
            }
            // The same request (same request_id) again: the service answers with the decision it
            // already made, so a retry never screens or counts the payment twice.
            System.err.println("attempt " + attempt + ": " + problem + "; retrying with the same request_id");
            Thread.sleep(250L << attempt);
        }
        System.out.println("HOLD: fraudscreen did not answer; keep the payment on hold and retry later");
        System.exit(1);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"([^\"]*)\"|(-?\\d+))").matcher(json);
        if (!m.find()) {
            return "";
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static int act(String json) {
        String action = field(json, "decision");
        System.out.println(action.toUpperCase() + " " + field(json, "decision_id") + " score " + field(json, "score"));
        Matcher rules = Pattern.compile("\"rule_id\":\"([^\"]+)\"").matcher(json);
        while (rules.find()) {
            System.out.println("  " + rules.group(1));
        }
        switch (action) {
            case "allow":
                return 0;
            case "review":
                // Hold it; pay only after the case is closed as verified (poll
                // GET /v1/decisions/{id} for case_status, or take the case.closed webhook).
                return 10;
            default:
                return 20;
        }
    }
}
