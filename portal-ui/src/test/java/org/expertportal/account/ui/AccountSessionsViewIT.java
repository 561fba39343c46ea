package org.expertportal.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.stream.IntStream;
import org.expertportal.account.AccountService;
import org.expertportal.account.SessionService;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list of one's own sessions: this one marked, another one ended from here. */
class AccountSessionsViewIT extends KaribuTest {

    @Autowired
    SessionService sessions;

    @Autowired
    AccountService accounts;

    @Test
    void the_list_marks_this_session_and_ends_another() {
        signIn("staff@demo.test");
        long staffId = accounts.currentAccount().orElseThrow().id();
        String thisSession = VaadinSession.getCurrent().getSession().getId();
        sessions.seen(thisSession, staffId, "Firefox / Linux", "192.0.2.10");
        sessions.seen("another-browser-" + System.nanoTime(), staffId, "Safari / iOS", "192.0.2.20");
        sessions.seen("a-third-browser-" + System.nanoTime(), staffId, "Chrome / Android", "192.0.2.30");

        UI.getCurrent().navigate("account/sessions");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("sessions"));
        int before = _size(grid);
        assertThat(before).isGreaterThanOrEqualTo(3);
        int current = rowWith(grid, "Firefox / Linux");
        assertThat(_getCellComponent(grid, current, "action")).isInstanceOfSatisfying(Span.class,
                mark -> assertThat(mark.getText()).isEqualTo("This session"));
        int other = rowWith(grid, "Safari / iOS");
        assertThat(_getFormattedRow(grid, other)).contains("192.0.2.20");

        _click((Button) _getCellComponent(grid, other, "action"));

        assertThat(_size(grid)).isEqualTo(before - 1);
        _click(_get(Button.class, spec -> spec.withId("end-other-sessions")));
        assertThat(_size(grid)).as("only this session is left").isEqualTo(1);
        assertThat(_get(Button.class, spec -> spec.withId("end-other-sessions")).isEnabled()).isFalse();
    }

    private static int rowWith(Grid<Object> grid, String text) {
        return IntStream.range(0, _size(grid))
                .filter(row -> _getFormattedRow(grid, row).contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }
}
