package org.expertportal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The header's account menu as one element: the browser's {@code vaadin-menu-bar} draws the items
 * from data, and one listener on the server answers the item chosen by its key. The {@code MenuBar}
 * component keeps a component of its own per item, about 20 state nodes in all, on every page for
 * as long as it is open; measured with parked sessions, the menu and the seven language buttons
 * together cost 50 KB per person (issue #18, docs/adr/051).
 *
 * <p>Each item carries the class {@code portal-menu-<key>}, which tests can find it by.
 */
@Tag("vaadin-menu-bar")
// The web component comes with the MenuBar component's own dependencies (no frontend build).
@Uses(MenuBar.class)
final class AccountMenu extends Component {

    /** One item of the menu: its key (also in its class name), its words and what choosing it does. */
    record Choice(String key, String label, Runnable action) {}

    private static final String CHOSEN = "event.detail.value.key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final String ariaLabel;
    private final String items;

    AccountMenu(String name, String ariaLabel, List<Choice> choices) {
        this.name = name;
        this.ariaLabel = ariaLabel;
        Map<String, Runnable> actions = new LinkedHashMap<>();
        ArrayNode children = JSON.createArrayNode();
        for (Choice choice : choices) {
            actions.put(choice.key(), choice.action());
            children.addObject().put("text", choice.label()).put("key", choice.key())
                    .put("className", "portal-menu-" + choice.key());
        }
        this.items = children.toString();
        setId("user-menu");
        getElement().setAttribute("theme", "tertiary-inline");
        getElement().addEventListener("item-selected", event -> {
            // Only the keys offered here do anything; anything else a client sends is ignored.
            Runnable action = actions.get(event.getEventData().path(CHOSEN).asString(""));
            if (action != null) {
                action.run();
            }
        }).addEventData(CHOSEN);
    }

    /**
     * Gives the browser the items: the root one shows an icon, with the name beside it where there
     * is room; its children are the choices. Sent at every attach, since the items live only in the
     * browser. The name and words are passed as values, never as markup.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                const icon = document.createElement('vaadin-icon');
                icon.setAttribute('icon', 'vaadin:user');
                const name = document.createElement('span');
                name.className = 'portal-wide-only portal-user-name';
                name.textContent = $0;
                const root = document.createElement('vaadin-menu-bar-item');
                root.setAttribute('aria-label', $1);
                root.append(icon, name);
                this.items = [{component: root, children: JSON.parse($2)}];""", name, ariaLabel, items);
    }
}
