package org.expertportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The header's account menu as one element: the browser's {@code vaadin-menu-bar} draws the items
 * from data (its {@code items} property), and one listener on the server answers the item chosen
 * by its key. No script of ours runs: the root item shows the person's name, and the stylesheet
 * puts the person icon before it and, on a narrow screen, shows the icon alone. The {@code MenuBar}
 * component keeps a component of its own per item, about 20 state nodes in all, on every page for
 * as long as it is open; measured with parked sessions, the menu and the seven language buttons
 * together cost 42 KB per person (issue #18, docs/adr/051).
 *
 * <p>The root item has the class {@code portal-account-root}, each choice {@code
 * portal-menu-<key>}, which tests can find them by.
 */
@Tag("vaadin-menu-bar")
// The web component comes with the MenuBar component's own dependencies (no frontend build).
@Uses(MenuBar.class)
final class AccountMenu extends Component {

    /** One item of the menu: its key (also in its class name), its words and what choosing it does. */
    record Choice(String key, String label, Runnable action) {}

    private static final String CHOSEN = "event.detail.value.key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    AccountMenu(String name, List<Choice> choices) {
        Map<String, Runnable> actions = new LinkedHashMap<>();
        ArrayNode items = JSON.createArrayNode();
        ObjectNode root = items.addObject().put("text", name).put("className", "portal-account-root");
        ArrayNode children = root.putArray("children");
        for (Choice choice : choices) {
            actions.put(choice.key(), choice.action());
            children.addObject().put("text", choice.label()).put("key", choice.key())
                    .put("className", "portal-menu-" + choice.key());
        }
        setId("user-menu");
        getElement().setAttribute("theme", "tertiary-inline");
        getElement().setPropertyJson("items", items);
        getElement().addEventListener("item-selected", event -> {
            // Only the keys offered here do anything; anything else a client sends is ignored.
            Runnable action = actions.get(event.getEventData().path(CHOSEN).asString(""));
            if (action != null) {
                action.run();
            }
        }).addEventData(CHOSEN);
    }
}
