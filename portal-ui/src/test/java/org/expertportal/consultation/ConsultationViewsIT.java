package org.expertportal.consultation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The consultation screens, browserless: booking right after the form, the staff pages. */
class ConsultationViewsIT extends KaribuTest {

    @Autowired
    RequestIntakeService intake;

    @Autowired
    ConsultationService consultations;

    @Autowired
    StaffConsultationService staffConsultations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.expertportal.account.TwoFactorService twoFactor;

    private final List<String> staffCreated = new ArrayList<>();

    @AfterEach
    void staffStopTakingBookings() {
        staffCreated.forEach(email -> jdbc.update("update consultation_availability set accepting = false where"
                + " staff_account_id = (select id from account where email = ?)", email));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_anonymous_visitor_books_the_consultation_right_after_submitting_the_form() {
        // Every Karibu visitor has the same address, and the form allows five requests an hour from one.
        jdbc.update("delete from intake_attempt");
        UI.getCurrent().navigate("request", com.vaadin.flow.router.QueryParameters.fromString("country=mongolia"));
        ((RadioButtonGroup<RequesterKind>) _get(RadioButtonGroup.class, spec -> spec.withId("requester-kind")))
                .setValue(RequesterKind.APPLICANT);
        _get(TextField.class, spec -> spec.withId("name")).setValue("Bat");
        String email = ConsultationFixtures.newEmail("visitor");
        _get(EmailField.class, spec -> spec.withId("email")).setValue(email);
        _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-email")).setValue(Boolean.TRUE);
        ((RadioButtonGroup<CaseStage>) _get(RadioButtonGroup.class, spec -> spec.withId("stage")))
                .setValue(CaseStage.INITIAL_CLAIM);
        ((CheckboxGroup<RequestedService>) _get(CheckboxGroup.class, spec -> spec.withId("services")))
                .setValue(Set.of(RequestedService.CONSULTATION));
        _get(Checkbox.class, spec -> spec.withId("consent")).setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        Button book = _get(Button.class, spec -> spec.withId("consultation-book"));
        assertThat(book.isEnabled()).as("nothing chosen yet").isFalse();
        List<Button> slots = _find(Button.class, spec -> spec.withClasses("consultation-slot"));
        assertThat(slots).isNotEmpty();
        ButtonKt._click(slots.getFirst());
        ButtonKt._click(book);

        assertThat(_get(Paragraph.class, spec -> spec.withId("consultation-booked")).getText())
                .startsWith("Consultation booked for ").contains("(");
        assertThat(jdbc.queryForObject("select count(*) from consultation c join account a on a.id = c.client_account_id"
                + " where a.email = ? and c.status = 'BOOKED'", Long.class, email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from request_intake_pass p join report_request r"
                + " on r.id = p.request_id where r.email = ?", Long.class, email)).as("the pass is used up").isZero();
    }

    @Test
    void a_staff_member_saves_their_hours_and_a_bad_link_is_refused_with_nothing_saved() {
        String staff = ConsultationFixtures.newStaff(jdbc, twoFactor);
        staffCreated.add(staff);
        signIn(staff);
        UI.getCurrent().navigate("staff/availability");
        _get(Checkbox.class, spec -> spec.withId("works-monday")).setValue(true);
        _get(IntegerField.class, spec -> spec.withId("availability-meeting")).setValue(45);
        _get(TextField.class, spec -> spec.withId("availability-link")).setValue("ftp://example.org/room");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("availability-save")));
        TextField link = _get(TextField.class, spec -> spec.withId("availability-link"));
        assertThat(link.isInvalid()).isTrue();
        assertThat(link.getErrorMessage()).isEqualTo("A full https address, such as your personal meeting room.");
        assertThat(staffConsultations.myAvailability().meetingMinutes()).isEqualTo(30);

        link.setValue("https://meet.example.org/room-7");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("availability-save")));
        var saved = staffConsultations.myAvailability();
        assertThat(saved.meetingMinutes()).isEqualTo(45);
        assertThat(saved.videoLink()).contains("https://meet.example.org/room-7");
        assertThat(saved.weekly()).extracting(WeeklyHours::day).containsExactly(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void staff_see_their_consultation_in_their_own_time_and_the_clients() {
        String staff = ConsultationFixtures.newStaff(jdbc, twoFactor);
        staffCreated.add(staff);
        signIn(staff);
        staffConsultations.saveAvailability(ConsultationFixtures.oddHours(clock, 3, LocalTime.of(8, 19), LocalTime.of(8, 49)));
        String client = ConsultationFixtures.newEmail("client");
        String reference = intake.submit(ConsultationFixtures.form(client), ConsultationFixtures.origin()).reference();
        ConsultationFixtures.activate(jdbc, client);
        signIn(client);
        var start = ZonedDateTime.now(clock.withZone(ConsultationFixtures.LONDON)).toLocalDate().plusDays(3).atTime(8, 19)
                .atZone(ConsultationFixtures.LONDON).toInstant();
        consultations.book(reference, start, "America/Mexico_City");

        signIn(staff);
        UI.getCurrent().navigate("staff/consultations");
        ListItem line = _find(ListItem.class, spec -> spec.withClasses("portal-consultation-line")).getFirst();
        String text = line.getElement().getTextRecursively();
        assertThat(text).contains(reference).contains("(London)").contains("(Mexico City)")
                .contains("Booked");
        assertThat(_find(Button.class, spec -> spec.withText("Held"))).as("not started yet").isEmpty();
    }
}
