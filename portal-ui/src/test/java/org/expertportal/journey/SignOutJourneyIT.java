package org.expertportal.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Signing out as a person does, from the user menu at the top of every page (docs/security.md
 * 7.4.1, 7.4.4): Vaadin's {@code AuthenticationContext.logout()} ends the session on the server, so
 * the session id the browser held opens nothing afterwards, whoever sends it.
 */
@BrowserJourney
class SignOutJourneyIT {

    @Test
    void the_menus_sign_out_ends_the_session_on_the_server(Journey journey) throws Exception {
        Page page = journey.page();
        journey.signInToHome("client@demo.test", "demo-client-pass");
        String signedIn = journey.sessionCookie();
        org.assertj.core.api.Assertions.assertThat(homeWith(journey, signedIn).statusCode())
                .as("the session id opens the home page while signed in").isEqualTo(200);

        journey.signOut();

        HttpResponse<Void> replayed = homeWith(journey, signedIn);
        org.assertj.core.api.Assertions.assertThat(replayed.statusCode()).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(replayed.headers().firstValue("Location")).get().asString()
                .endsWith("/login");
        page.navigate(journey.url("/home"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    /** {@code /home} asked for by another client that only knows the session id. */
    private static HttpResponse<Void> homeWith(Journey journey, String sessionId) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(URI.create(journey.url("/home")))
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
