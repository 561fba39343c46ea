package org.expertportal.hostile;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.expertportal.request.CaseStage;
import org.expertportal.request.RequestFixtures;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.intake.RequestIntakeService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hidden characters in what people type (#14): a right-to-left override in a name is refused under
 * the field in the person's language and nothing is stored; text stored before the rule (or by any
 * other path) is shown isolated with {@code dir="auto"} to staff and clients, so it cannot reorder
 * the page around it.
 */
class HostileTextIT extends KaribuTest {

    /** "Anna" followed by an override that makes "exe.pdf" read as "fdp.exe". */
    private static final String SPOOFED_NAME = "Anna \u202Efdp.exe";

    @Autowired
    RequestIntakeService intake;

    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void the_public_form_refuses_a_spoofed_name_under_the_field_and_stores_nothing() {
        long requests = count("report_request");
        long accounts = count("account");
        long attempts = count("intake_attempt");

        fillInTheForm(SPOOFED_NAME, RequestFixtures.newEmail("spoof"), "A summary \u2067with an isolate\u2069");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        TextField name = _get(TextField.class, spec -> spec.withId("name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("This contains invisible characters that change how text is shown");
        TextArea summary = _get(TextArea.class, spec -> spec.withId("summary"));
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).startsWith("This contains invisible characters");
        assertThat(count("report_request")).isEqualTo(requests);
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(count("intake_attempt")).isEqualTo(attempts);
    }

    @Test
    void a_russian_visitor_reads_the_refusal_in_russian_and_a_control_character_has_its_own_message() {
        useLanguage(Locale.forLanguageTag("ru"));
        long requests = count("report_request");

        fillInTheForm("Анна\nИванова", RequestFixtures.newEmail("ru"), "Слушание скоро");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("submit-request")));

        TextField name = _get(TextField.class, spec -> spec.withId("name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).startsWith("Здесь есть управляющий символ");
        assertThat(count("report_request")).isEqualTo(requests);
    }

    @Test
    void user_text_stored_with_an_override_is_shown_isolated_to_staff_in_the_queue_and_the_workbench_and_to_the_client() {
        String email = RequestFixtures.newEmail("legacy");
        String reference = intake.submit(RequestFixtures.form(email, clock), RequestFixtures.origin()).reference();
        RequestFixtures.activate(jdbc, email);
        // As if stored before the rule existed: the views must still keep it from reordering the page.
        String marker = "Legacy" + System.nanoTime();
        jdbc.update("update report_request set requester_name = ?, summary = ? where reference = ?",
                marker + " \u202Efdp.exe", marker + " summary \u202Eesrever", reference);

        signIn("staff@demo.test");
        UI.getCurrent().navigate("staff/requests/" + reference.toLowerCase(Locale.ROOT));
        assertThat(shownWith(marker)).as("the name and summary on the workbench").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(HostileTextIT::isIsolated);

        UI.getCurrent().navigate("staff/queue");
        _get(TextField.class, spec -> spec.withId("filter-text")).setValue(reference);
        @SuppressWarnings("unchecked")
        Grid<Object> queue = _get(Grid.class, spec -> spec.withId("queue"));
        assertThat(GridKt._size(queue)).isEqualTo(1);
        Object line = GridKt._get(queue, 0);
        List<Component> cells = new ArrayList<>();
        for (var column : queue.getColumns()) {
            if (column.getRenderer() instanceof ComponentRenderer<?, ?> renderer) {
                @SuppressWarnings("unchecked")
                var typed = (ComponentRenderer<Component, Object>) renderer;
                cells.add(typed.createComponent(line));
            }
        }
        assertThat(cells).filteredOn(cell -> cell.getElement().getTextRecursively().contains(marker))
                .as("the queue's client cell").singleElement().satisfies(HostileTextIT::isIsolated);

        signIn(email);
        UI.getCurrent().navigate("my/requests/" + reference.toLowerCase(Locale.ROOT));
        assertThat(shownWith(marker)).as("the summary on the client's page").isNotEmpty()
                .allSatisfy(HostileTextIT::isIsolated);
    }

    private static void isIsolated(Component shown) {
        assertThat(shown.getElement().getAttribute("dir")).as(shown.getElement().getOuterHTML()).isEqualTo("auto");
    }

    /** The innermost components whose own text holds {@code marker}. */
    private static List<Component> shownWith(String marker) {
        return descendants(UI.getCurrent())
                .filter(c -> c.getElement().getTextRecursively().contains(marker))
                .filter(c -> c.getChildren().noneMatch(child -> child.getElement().getTextRecursively().contains(marker)))
                .toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HostileTextIT::descendants));
    }

    @SuppressWarnings("unchecked")
    private void fillInTheForm(String name, String email, String summary) {
        UI.getCurrent().navigate("request", QueryParameters.fromString("country=iran"));
        ((RadioButtonGroup<RequesterKind>) _get(RadioButtonGroup.class, spec -> spec.withId("requester-kind")))
                .setValue(RequesterKind.APPLICANT);
        _get(TextField.class, spec -> spec.withId("name")).setValue(name);
        _get(EmailField.class, spec -> spec.withId("email")).setValue(email);
        _get(RadioButtonGroup.class, spec -> spec.withId("safe-by-email")).setValue(Boolean.TRUE);
        ((RadioButtonGroup<CaseStage>) _get(RadioButtonGroup.class, spec -> spec.withId("stage")))
                .setValue(CaseStage.INITIAL_CLAIM);
        _get(TextArea.class, spec -> spec.withId("summary")).setValue(summary);
        ((CheckboxGroup<RequestedService>) _get(CheckboxGroup.class, spec -> spec.withId("services")))
                .setValue(Set.of(RequestedService.CONSULTATION));
        _get(Checkbox.class, spec -> spec.withId("consent")).setValue(true);
    }
}
