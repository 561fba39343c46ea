package org.expertportal.request.tracking;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Locale;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.request.workbench.RequestHandlingService;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Your reference": the client's own file number on a request, set on the request page, shown next
 * to ours in "my requests" and on the dashboard, searchable; hostile or overlong input is refused in
 * the person's language with nothing saved; another firm neither sees, sets nor finds it.
 */
class YourReferenceIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    RequestTrackingService tracking;

    @Autowired
    ClientDashboardService dashboards;

    @Autowired
    RequestHandlingService handling;

    @Autowired
    JdbcTemplate jdbc;

    private String client;
    private String colleague;
    private String outsider;
    private String reference;
    private String other;

    @BeforeEach
    void aFirmOfTwoAndAnotherFirm() {
        client = RequestFixtures.newEmail("client");
        colleague = RequestFixtures.newEmail("colleague");
        outsider = RequestFixtures.newEmail("outsider");
        reference = intake.submit(RequestFixtures.form(client, clock), RequestFixtures.origin()).reference();
        other = intake.submit(RequestFixtures.form(colleague, clock), RequestFixtures.origin()).reference();
        intake.submit(RequestFixtures.form(outsider, clock), RequestFixtures.origin());
        for (String email : new String[] {client, colleague, outsider}) {
            RequestFixtures.activate(jdbc, email);
        }
        RequestFixtures.newOrganisationWith(jdbc, client, colleague);
        RequestFixtures.newOrganisationWith(jdbc, outsider);
        jdbc.update("update report_request r join account a on a.id = r.client_account_id"
                + " set r.organisation_id = a.organisation_id where a.email in (?, ?, ?)", client, colleague, outsider);
    }

    private String stored() {
        return jdbc.queryForObject("select client_reference from report_request where reference = ?", String.class,
                reference);
    }

    private void typeOnTheRequestPage(String value) {
        UI.getCurrent().navigate("my/requests/" + reference.toLowerCase());
        _get(TextField.class, spec -> spec.withId("your-reference")).setValue(value);
        _click(_get(Button.class, spec -> spec.withId("save-your-reference")));
    }

    @Test
    void saved_on_the_request_page_shown_next_to_ours_and_searchable_by_the_firm_only() {
        String yours = "HO/2026/12_345 " + System.nanoTime() % 100000;
        signIn(client);
        typeOnTheRequestPage("  " + yours + "  ");
        assertThat(stored()).isEqualTo(yours);
        assertThat(_get(TextField.class, spec -> spec.withId("your-reference")).getValue()).isEqualTo(yours);

        UI.getCurrent().navigate("my/requests");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("my-request-cards")).getElement()
                .getTextRecursively()).contains(reference, "your reference: " + yours);
        _get(TextField.class, spec -> spec.withId("my-requests-search")).setValue(yours.substring(0, 14).toLowerCase());
        String cards = _get(UnorderedList.class, spec -> spec.withId("my-request-cards")).getElement()
                .getTextRecursively();
        assertThat(cards).contains(reference).doesNotContain(other);
        assertThat(tracking.myRequests(reference.substring(3), 0, 50)).extracting(line -> line.reference())
                .as("our reference is searched too").contains(reference);
        assertThat(tracking.myRequests("%", 0, 50)).as("a wildcard is taken literally").isEmpty();
        assertThat(tracking.countMyRequests(yours)).isEqualTo(1);

        signIn(colleague);
        assertThat(tracking.myRequests(yours, 0, 50)).singleElement()
                .satisfies(line -> assertThat(line.yourReference()).contains(yours));
        signIn("staff@demo.test");
        handling.changeStatus(reference, jdbc.queryForObject("select version from report_request where reference = ?",
                Long.class, reference), RequestStatus.AWAITING_CLIENT, null, "Please send the decision.");
        signIn(colleague);
        assertThat(dashboards.dashboard(ZoneId.of("Europe/London")).needsYou()).filteredOn(
                item -> item.reference().equals(reference)).singleElement()
                .satisfies(item -> assertThat(item.yourReference()).contains(yours));
        UI.getCurrent().navigate("home");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-needs-you")).getElement().getTextRecursively())
                .contains(reference + " (your reference: " + yours + ")");

        signIn(outsider);
        assertThat(tracking.myRequests(yours, 0, 50)).isEmpty();
        assertThat(tracking.countMyRequests(yours)).isZero();
        assertThatThrownBy(() -> tracking.setYourReference(reference, "mine now"))
                .isInstanceOf(NotFoundException.class);
        assertThat(stored()).isEqualTo(yours);

        signIn(client);
        typeOnTheRequestPage("   ");
        assertThat(stored()).as("blank clears it").isNull();
    }

    @Test
    void hostile_or_overlong_input_is_refused_in_the_persons_language_and_nothing_is_saved() {
        signIn(client);
        tracking.setYourReference(reference, "A-1");
        for (String hostile : new String[] {"x".repeat(41), "FILE\u202Egpj.exe", "two\nlines", "nul\u0000byte"}) {
            assertThatThrownBy(() -> tracking.setYourReference(reference, hostile))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(stored()).isEqualTo("A-1");
        }

        typeOnTheRequestPage("x".repeat(41));
        TextField field = _get(TextField.class, spec -> spec.withId("your-reference"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Your reference can be at most 40 characters.");
        assertThat(stored()).isEqualTo("A-1");

        useLanguage(Locale.forLanguageTag("ru"));
        typeOnTheRequestPage("x".repeat(41));
        assertThat(_get(TextField.class, spec -> spec.withId("your-reference")).getErrorMessage())
                .isEqualTo("Ваш номер может содержать не более 40 символов.");
        typeOnTheRequestPage("FILE\u202Egpj.exe");
        assertThat(_get(TextField.class, spec -> spec.withId("your-reference")).isInvalid()).isTrue();
        assertThat(stored()).isEqualTo("A-1");
    }
}
